/**
 * Runs the real `kustomize build` / `kubectl kustomize` on a throwaway kustomization, so the pure
 * helpers can be held to what kustomize itself does. In CI a missing binary fails the suite.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { findKustomize, type KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import type { JsonObject, JsonPatchOperation } from '../../../src/gitops/kustomize/merge.js';

const run = promisify(execFile);

let lookup: Promise<KustomizeBinary | undefined> | undefined;

/** The binary, or undefined off CI; in CI its absence is an error. */
export async function kustomizeBinary(): Promise<KustomizeBinary | undefined> {
  lookup ??= findKustomize();
  const binary = await lookup;
  if (!binary && process.env.CI === 'true') {
    throw new Error('CI needs kustomize or kubectl on PATH for the build checks (.ci/run installs one).');
  }
  return binary;
}

export type RealPatch =
  | { type: 'strategic'; patch: JsonObject }
  | { type: 'json6902'; operations: JsonPatchOperation[] };

/** Builds `resource` with one patch (by target) and returns what kustomize makes of it. */
export async function buildPatched(
  binary: KustomizeBinary,
  resource: JsonObject,
  patch: RealPatch,
): Promise<JsonObject> {
  const metadata = resource.metadata as JsonObject;
  const target = { kind: resource.kind, name: metadata.name };
  const body = patch.type === 'strategic' ? patch.patch : patch.operations;
  return buildOne(binary, {
    'resource.yaml': stringify(resource),
    'patch.yaml': stringify(body),
    'kustomization.yaml': stringify({
      resources: ['resource.yaml'],
      patches: [{ path: 'patch.yaml', target }],
    }),
  });
}

/** Builds the kustomization in a folder made of `files` and returns its objects. */
export async function buildFiles(
  binary: KustomizeBinary,
  files: Record<string, string>,
  folder = '.',
): Promise<JsonObject[]> {
  const root = await mkdtemp(join(tmpdir(), 'tjm-real-kustomize-'));
  try {
    for (const [relPath, text] of Object.entries(files)) {
      const absolute = join(root, relPath);
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, text);
    }
    const { stdout } = await run(binary.command, [...binary.args, join(root, folder)], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return parseAllDocuments(stdout).map((document) => document.toJSON() as JsonObject);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function buildOne(binary: KustomizeBinary, files: Record<string, string>): Promise<JsonObject> {
  const objects = await buildFiles(binary, files);
  if (objects.length !== 1) throw new Error(`expected one object from the build, got ${objects.length}`);
  return objects[0] as JsonObject;
}
