/**
 * Runs `kustomize build` (or `kubectl kustomize`) on a folder, with a timeout, never letting it
 * reach the network: remote bases are refused before a build, and the proxy settings point nowhere.
 */
import { execFile } from 'node:child_process';

export interface KustomizeBinary {
  /** e.g. `kubectl kustomize` or `kustomize build`. */
  display: string;
  command: string;
  args: string[];
  version?: string;
}

export type BuildOutcome = { ok: true; output: string } | { ok: false; message: string };

const BUILD_TIMEOUT_MS = 60_000;
const VERSION_TIMEOUT_MS = 10_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

function run(
  command: string,
  args: string[],
  timeout: number,
  cwd?: string,
): Promise<{ code: number; stdout: string; stderr: string; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { timeout, maxBuffer: MAX_OUTPUT_BYTES, cwd, env: offlineEnvironment(process.env), windowsHide: true },
      (error, stdout, stderr) => {
        const failure = error as
          | (NodeJS.ErrnoException & { code?: number | string; killed?: boolean })
          | null;
        resolve({
          code: failure ? (typeof failure.code === 'number' ? failure.code : 1) : 0,
          stdout: String(stdout),
          stderr: failure?.killed ? `timed out after ${timeout / 1000}s` : String(stderr),
          ...(failure && typeof failure.code === 'string' ? { error: failure } : {}),
        });
      },
    );
  });
}

/** Remote fetches fail fast instead of reaching the network. */
function offlineEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const unreachable = 'http://127.0.0.1:9';
  return {
    ...env,
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    http_proxy: unreachable,
    https_proxy: unreachable,
    NO_PROXY: '',
    no_proxy: '',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: 'file',
  };
}

/** `kustomize` first, then `kubectl` (built-in kustomize); undefined when neither is on PATH. */
export async function findKustomize(): Promise<KustomizeBinary | undefined> {
  const standalone = await run('kustomize', ['version'], VERSION_TIMEOUT_MS);
  if (!standalone.error && standalone.code === 0) {
    const version = /v?\d+\.\d+\.\d+/.exec(standalone.stdout)?.[0];
    return {
      display: 'kustomize build',
      command: 'kustomize',
      args: ['build'],
      ...(version ? { version } : {}),
    };
  }
  const kubectl = await run('kubectl', ['version', '--client'], VERSION_TIMEOUT_MS);
  const version = /Kustomize Version:\s*(\S+)/.exec(kubectl.stdout)?.[1];
  if (!kubectl.error && kubectl.code === 0 && version) {
    return { display: 'kubectl kustomize', command: 'kubectl', args: ['kustomize'], version };
  }
  return undefined;
}

/** Builds the kustomization in `folder` (absolute). */
export async function buildKustomization(binary: KustomizeBinary, folder: string): Promise<BuildOutcome> {
  const result = await run(binary.command, [...binary.args, folder], BUILD_TIMEOUT_MS);
  if (result.code === 0) return { ok: true, output: result.stdout };
  // kustomize prints deprecation warnings first; the error is the last line.
  const lines = result.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('# Warning'));
  const message = lines.at(-1) ?? result.error?.message ?? `exit code ${result.code}`;
  return { ok: false, message: message.replace(/^.*?(?:Error: |err=)/, '').trim() };
}
