// Generates a deterministic synthetic GitOps repository for the benchmark:
//   node scripts/gen-tree.mjs <folder> [--files 20000] [--seed 42]
// Most files are ordinary manifests of 0.5–5 KB (Deployments, Services, ConfigMaps, kustomizations,
// Flux HelmReleases, Argo CD Applications), a few are CRDs of a few hundred KB, and about 1% hold one
// to three PyTorchJobs of varied shapes. The same arguments always give the same bytes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'string', default: '20000' }, seed: { type: 'string', default: '42' } },
});
const target = positionals[0];
const fileCount = Number(values.files);
if (!target || !Number.isInteger(fileCount) || fileCount < 1) {
  console.error('usage: node scripts/gen-tree.mjs <folder> [--files N] [--seed S]');
  process.exit(2);
}

/** mulberry32: small, fast and good enough for picking shapes. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = createRandom(Number(values.seed));
const pick = (items) => items[Math.floor(random() * items.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const chance = (probability) => random() < probability;

const ENVS = ['dev', 'staging', 'prod', 'prod-eu', 'prod-us'];
const TEAMS = [
  'ml-platform',
  'search',
  'ads',
  'vision',
  'nlp',
  'infra',
  'payments',
  'data',
  'recsys',
  'speech',
];
const WORDS = [
  'api',
  'worker',
  'gateway',
  'ranker',
  'indexer',
  'feature-store',
  'trainer',
  'scheduler',
  'etl',
  'ui',
];
const COMMENTS = [
  '# Managed by the platform team; ask in #platform before changing.',
  '# TODO: move to the shared base once the migration is done',
  '# NOTE: keep in sync with the staging overlay',
  '# Resources sized from the last load test (see runbook)',
  '# Do not edit by hand: regenerated nightly',
];

/**
 * The templates below use a 2-space unit. A 4-space team gets each nesting level 4 spaces deeper,
 * while the content of a `- ` item stays two columns after its dash, as such files are written.
 */
function reindent(text, unit) {
  if (unit === 2) return text;
  const levels = [{ from: 0, to: 0 }];
  return text
    .split('\n')
    .map((line) => {
      const from = line.length - line.trimStart().length;
      if (line.trim() === '') return line;
      while (levels.length > 1 && levels.at(-1).from > from) levels.pop();
      let to = levels.at(-1).to;
      if (levels.at(-1).from < from) {
        to += unit;
        levels.push({ from, to });
      }
      if (line.trimStart().startsWith('- ')) levels.push({ from: from + 2, to: to + 2 });
      return ' '.repeat(to) + line.trimStart();
    })
    .join('\n');
}

const maybeComment = (indent = '') => (chance(0.4) ? `${indent}${pick(COMMENTS)}\n` : '');

function labels(app, team, indent) {
  return `${indent}labels:\n${indent}  app.kubernetes.io/name: ${app}\n${indent}  app.kubernetes.io/part-of: ${team}\n${indent}  app.kubernetes.io/managed-by: argocd\n${indent}  team: ${team}\n${indent}  cost-center: cc-${between(100, 999)}\n`;
}

function annotations(app, indent) {
  return `${indent}annotations:
${indent}  prometheus.io/scrape: "true"
${indent}  prometheus.io/port: "${between(8000, 9999)}"
${indent}  external-dns.alpha.kubernetes.io/hostname: ${app}.internal.example.com
${indent}  argocd.argoproj.io/sync-wave: "${between(-2, 5)}"
${indent}  owner: ${pick(WORDS)}-oncall@example.com
`;
}

function envList(indent, count) {
  let text = `${indent}env:\n`;
  for (let index = 0; index < count; index += 1) {
    text += `${indent}  - name: ${pick(WORDS).toUpperCase().replace(/-/g, '_')}_${index}\n`;
    text += chance(0.2)
      ? `${indent}    valueFrom:\n${indent}      secretKeyRef:\n${indent}        name: app-secrets\n${indent}        key: key-${index}\n`
      : `${indent}    value: "${pick(WORDS)}-${between(1, 999)}"\n`;
  }
  return text;
}

function deployment(app, team, namespace) {
  return `${maybeComment()}apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${namespace}
${labels(app, team, '  ')}spec:
  replicas: ${between(1, 12)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
${labels(app, team, '      ')}${annotations(app, '      ')}    spec:
      serviceAccountName: ${app}
      securityContext:
        runAsNonRoot: true
        runAsUser: ${between(1000, 65000)}
      containers:
        - name: ${app}
          image: registry.example.com/${team}/${app}:v${between(1, 9)}.${between(0, 40)}.${between(0, 9)}
          ports:
            - containerPort: ${between(3000, 9000)}
${maybeComment('          ')}          resources:
            requests:
              cpu: ${between(1, 8) * 100}m
              memory: ${between(1, 16) * 128}Mi
            limits:
              memory: ${between(2, 32) * 128}Mi
${envList('          ', between(0, 25))}          readinessProbe:
            httpGet:
              path: /healthz
              port: http
`;
}

function service(app, team, namespace) {
  return `${maybeComment()}apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${namespace}
${labels(app, team, '  ')}${annotations(app, '  ')}spec:
  type: ${pick(['ClusterIP', 'ClusterIP', 'NodePort'])}
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: http
      port: 80
      targetPort: ${between(3000, 9000)}
`;
}

function configMap(app, namespace) {
  let data = '';
  for (let index = 0, lines = between(5, 60); index < lines; index += 1) {
    data += `    ${pick(WORDS)}.${pick(WORDS)}.setting${index} = ${between(0, 100000)}\n`;
  }
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${namespace}
data:
  LOG_LEVEL: ${pick(['debug', 'info', 'warn'])}
  application.properties: |
${data}`;
}

function kustomization(app, team, files) {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
${maybeComment()}namespace: ${team}
resources:
${files.map((file) => `  - ${file}`).join('\n')}
commonLabels:
  managed-by: gitops
  team: ${team}
images:
  - name: registry.example.com/${team}/${app}
    newTag: v${between(1, 9)}.${between(0, 40)}.${between(0, 9)}
patches:
  - target:
      kind: Deployment
      name: ${app}
    patch: |-
      - op: replace
        path: /spec/replicas
        value: ${between(1, 10)}
      - op: add
        path: /spec/template/metadata/annotations/rollout
        value: "${between(1, 100000)}"
`;
}

function helmRelease(app, namespace) {
  return `${maybeComment()}apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${app}
  namespace: ${namespace}
spec:
  interval: 10m
  chart:
    spec:
      chart: ${app}
      version: "${between(0, 5)}.${between(0, 20)}.x"
      sourceRef:
        kind: HelmRepository
        name: internal-charts
        namespace: flux-system
  values:
    replicaCount: ${between(1, 6)}
    image:
      tag: v${between(1, 9)}.${between(0, 40)}.0
    resources:
      requests:
        cpu: ${between(1, 8) * 100}m
        memory: ${between(1, 16) * 128}Mi
    ingress:
      enabled: ${pick(['true', 'false'])}
      hosts:
        - ${app}.example.com
`;
}

function argoApplication(app, team, env) {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${team}-${app}-${env}
  namespace: argocd
spec:
  project: ${team}
  source:
    repoURL: https://git.example.com/${team}/deploy.git
    targetRevision: main
    path: clusters/${env}/${team}/apps/${app}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${team}
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
`;
}

function dashboardJson(app) {
  const panels = Array.from({ length: between(2, 20) }, (_, index) => ({
    id: index,
    title: `${app} ${pick(WORDS)} latency`,
    type: 'timeseries',
    targets: [{ expr: `histogram_quantile(0.99, rate(${app.replace(/-/g, '_')}_seconds_bucket[5m]))` }],
  }));
  return `${JSON.stringify({ title: app, panels }, null, 2)}\n`;
}

/** A CRD of a few hundred KB: long schemas with descriptions, as real operators ship. */
function largeCrd(name) {
  let properties = '';
  for (let index = 0, count = between(600, 1800); index < count; index += 1) {
    properties += `                field${index}:
                  description: ${pick(WORDS)} setting ${index}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.
                  type: ${pick(['string', 'integer', 'boolean'])}
`;
  }
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${name}s.example.com
spec:
  group: example.com
  names:
    kind: ${name}
    plural: ${name}s
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
${properties}`;
}

function trainingContainer(indent, withExtras) {
  let text = `${indent}- name: pytorch
${indent}  image: registry.example.com/ml/${pick(['resnet', 'bert', 'llama-ft', 'mnist'])}:${between(1, 30)}
${indent}  imagePullPolicy: IfNotPresent
${indent}  command:
${indent}    - torchrun
${indent}    - --nproc-per-node=${pick([1, 2, 4, 8])}
${indent}    - /workspace/train.py
${indent}  args: ["--epochs", "${between(1, 50)}", "--batch-size", "${pick([32, 64, 128])}"]
${indent}  resources:
${indent}    limits:
${indent}      nvidia.com/gpu: ${pick([1, 2, 4, 8])}
${indent}      memory: ${between(8, 64)}Gi
`;
  if (withExtras && chance(0.6)) text += envList(`${indent}  `, between(1, 6));
  if (withExtras && chance(0.5)) {
    text += `${indent}  volumeMounts:\n${indent}    - name: data\n${indent}      mountPath: /data\n${indent}    - name: dshm\n${indent}      mountPath: /dev/shm\n`;
  }
  return text;
}

function podTemplate(indent, withExtras) {
  let text = `${indent}template:\n`;
  if (chance(0.4)) {
    text += `${indent}  metadata:\n${indent}    annotations:\n${indent}      sidecar.istio.io/inject: "false"\n`;
  }
  text += `${indent}  spec:\n`;
  if (withExtras && chance(0.4))
    text += `${indent}    nodeSelector:\n${indent}      gpu-type: ${pick(['a100', 'h100', 'l4'])}\n`;
  text += `${indent}    containers:\n${trainingContainer(`${indent}      `, withExtras)}`;
  if (withExtras && chance(0.5)) {
    text += `${indent}    volumes:\n${indent}      - name: data\n${indent}        persistentVolumeClaim:\n${indent}          claimName: training-data\n${indent}      - name: dshm\n${indent}        emptyDir:\n${indent}          medium: Memory\n`;
  }
  return text;
}

function pytorchJob(name, namespace) {
  const withMaster = chance(0.6);
  let text = `${maybeComment()}apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: ${name}
  namespace: ${namespace}
${chance(0.3) ? '  labels:\n    kueue.x-k8s.io/queue-name: gpu-queue\n' : ''}spec:
${chance(0.4) ? `  runPolicy:\n    cleanPodPolicy: None\n    backoffLimit: ${between(0, 5)}\n` : ''}  pytorchReplicaSpecs:
`;
  if (withMaster) {
    text += `    Master:\n      replicas: 1\n      restartPolicy: OnFailure\n${podTemplate('      ', true)}`;
  }
  text += `${maybeComment('    ')}    Worker:\n      replicas: ${between(1, 16)}\n      restartPolicy: OnFailure\n${podTemplate('      ', true)}`;
  return text;
}

function trainingFile(app, namespace) {
  const jobs = Array.from({ length: pick([1, 1, 1, 2, 3]) }, (_, index) =>
    pytorchJob(index === 0 ? `${app}-train` : `${app}-train-${index}`, namespace),
  );
  if (chance(0.3)) jobs.push(configMap(`${app}-train`, namespace));
  return jobs.join('---\n');
}

/** One app folder's files, in the order they are written; the last one may be a training job. */
function appFiles(app, team, env) {
  const namespace = `${team}-${env}`;
  const files = [
    ['deployment.yaml', deployment(app, team, namespace)],
    ['service.yaml', service(app, team, namespace)],
  ];
  if (chance(0.6)) files.push(['configmap.yaml', configMap(app, namespace)]);
  if (chance(0.3)) files.push(['helmrelease.yaml', helmRelease(app, namespace)]);
  if (chance(0.2)) files.push(['dashboard.json', dashboardJson(app)]);
  if (chance(0.1)) files.push(['README.md', `# ${app}\n\nOwned by ${team}. Deployed by Argo CD.\n`]);
  files.push([
    'kustomization.yaml',
    kustomization(
      app,
      team,
      files.map(([file]) => file).filter((f) => f.endsWith('.yaml')),
    ),
  ]);
  return files;
}

async function generate() {
  await rm(target, { recursive: true, force: true });
  let written = 0;
  let jobFiles = 0;
  const write = async (relPath, text, indentUnit) => {
    const absPath = join(target, relPath);
    await mkdir(dirname(absPath), { recursive: true });
    await writeFile(absPath, relPath.endsWith('.yaml') ? reindent(text, indentUnit) : text);
    written += 1;
  };
  for (let appIndex = 0; written < fileCount; appIndex += 1) {
    const env = pick(ENVS);
    const team = pick(TEAMS);
    const indentUnit = TEAMS.indexOf(team) % 3 === 0 ? 4 : 2;
    const app = `${pick(WORDS)}-${appIndex}`;
    const folder = `clusters/${env}/${team}/apps/${app}`;
    for (const [file, text] of appFiles(app, team, env)) {
      if (written >= fileCount) break;
      // About 1% of files hold PyTorchJobs.
      if (chance(0.01)) {
        await write(
          `${folder}/train-${file.replace(/\.\w+$/, '')}.yaml`,
          trainingFile(app, `${team}-${env}`),
          indentUnit,
        );
        jobFiles += 1;
      } else {
        await write(`${folder}/${file}`, text, indentUnit);
      }
    }
    if (written < fileCount && chance(0.02)) {
      await write(`clusters/${env}/argocd/${team}-${app}.yaml`, argoApplication(app, team, env), 2);
    }
    if (written < fileCount && chance(0.0015)) {
      await write(`platform/crds/crd-${appIndex}.yaml`, largeCrd(`Widget${appIndex}`), 2);
    }
  }
  return { written, jobFiles };
}

const { written, jobFiles } = await generate();
console.log(`generated ${written} files (${jobFiles} with PyTorchJobs) in ${target}`);
