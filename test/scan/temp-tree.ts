import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DEFAULT_SCAN_OPTIONS,
  type ScanEntry,
  type ScanOptions,
  type ScanStats,
} from '../../src/model/scan.js';
import { scanRoot } from '../../src/scan/scan.js';

/** A fresh folder (by its realpath) removed by `cleanup`. */
export async function makeTempDir(prefix: string): Promise<string> {
  return realpath(await mkdtemp(join(tmpdir(), `${prefix}-`)));
}

export async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [relPath, content] of Object.entries(files)) {
    const absPath = join(root, relPath);
    await mkdir(dirname(absPath), { recursive: true });
    await writeFile(absPath, content);
  }
}

export async function removeDir(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

export const PYTORCHJOB = `apiVersion: kubeflow.org/v1
kind: PyTorchJob
metadata:
  name: mnist
spec:
  pytorchReplicaSpecs:
    Worker:
      replicas: 2
`;

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`;

export async function collect(
  root: string,
  options: Partial<ScanOptions> = {},
  stats?: ScanStats,
): Promise<ScanEntry[]> {
  const entries: ScanEntry[] = [];
  for await (const entry of scanRoot(root, { ...DEFAULT_SCAN_OPTIONS, ...options }, stats))
    entries.push(entry);
  return entries;
}

export const candidatePaths = (entries: readonly ScanEntry[]): string[] =>
  entries.filter((entry) => entry.type === 'candidate').map((entry) => entry.relPath);

export const skippedReasons = (entries: readonly ScanEntry[]): Record<string, string> =>
  Object.fromEntries(
    entries.flatMap((entry) => (entry.type === 'skipped' ? [[entry.relPath, entry.reason] as const] : [])),
  );
