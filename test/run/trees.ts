/** Small GitOps trees written into temp folders, with jobs shaped like the seed report's examples. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Master 1 + Worker 2, identical templates, started through torchrun: converts cleanly (numNodes 3). */
export const CLEAN_JOB = `# Distributed MNIST, owned by the ML platform team
apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: pytorch-simple-cpu
  namespace: ml
spec:
  pytorchReplicaSpecs:
    Master:
      replicas: 1
      template:
        spec:
          containers:
            - name: pytorch
              image: docker.io/kubeflowkatib/pytorch-mnist:v1beta1-45c5727
              command: ["torchrun", "--nproc-per-node=1", "/opt/pytorch-mnist/mnist.py", "--epochs=1"]
    Worker:
      replicas: 2
      template:
        spec:
          containers:
            - name: pytorch
              image: docker.io/kubeflowkatib/pytorch-mnist:v1beta1-45c5727
              command: ["torchrun", "--nproc-per-node=1", "/opt/pytorch-mnist/mnist.py", "--epochs=1"]
`;

/** Elastic training has no TrainJob equivalent: a person has to decide (trainer-v2-api.md §5.5). */
export const ELASTIC_JOB = `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: elastic-train
spec:
  elasticPolicy:
    minReplicas: 1
    maxReplicas: 4
    rdzvBackend: c10d
  pytorchReplicaSpecs:
    Worker:
      replicas: 2
      template:
        spec:
          containers:
            - name: pytorch
              image: example.com/train:1
              command: ["torchrun", "train.py"]
`;

export const BROKEN_JOB = `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: broken
  labels: {team: ml
spec:
  pytorchReplicaSpecs: [
`;

export type Tree = Record<string, string>;

export async function writeTree(files: Tree, dir?: string): Promise<string> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'tjm-tree-')));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** Every file's bytes, to prove a run wrote nothing. */
export async function snapshotTree(root: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes(`${join(root, '.git')}`)) continue;
    snapshot[path.slice(root.length + 1)] = await readFile(path, 'utf8');
  }
  return snapshot;
}

export const removeTree = (root: string): Promise<void> => rm(root, { recursive: true, force: true });

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

/** A real local git repository holding `files` in one commit; returns its folder. */
export async function gitRepository(files: Tree): Promise<string> {
  const root = await writeTree(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'GitOps tree');
  return root;
}
