/**
 * Runs the bundled Action the way a GitHub runner does: `node dist/index.js` with every input from
 * action.yml as an `INPUT_*` variable (defaults filled in, `${{ github.* }}` expressions resolved),
 * and `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files. Parses what the runner would read back: the
 * output file, the summary and the workflow commands on stdout.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/shared.js';

const run = promisify(execFile);

export const BUNDLE = join(projectRoot, 'dist', 'index.js');

export interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export async function readActionMetadata(): Promise<ActionMetadata> {
  return parse(await readFile(join(projectRoot, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The variable the runner sets for an input: spaces become `_`, hyphens stay, upper case. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  annotations(level: 'warning' | 'error' | 'notice'): WorkflowCommand[];
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`output ${heredoc[1]}: no closing delimiter ${heredoc[2]}`);
      outputs[heredoc[1]] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`malformed output line: ${line}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

const unescapeData = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string): string =>
  unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

export interface RunnerContext {
  workspace: string;
  repository: string;
  apiUrl: string;
  serverUrl: string;
  /** The token `${{ github.token }}` stands for; undefined leaves the input empty. */
  token: string | undefined;
  /** Base environment (a hermetic git environment). */
  env: Record<string, string>;
  /** Folder for the runner's files (outputs, summary, RUNNER_TEMP). */
  scratch: string;
}

function resolveDefault(value: string, context: RunnerContext): string {
  return value
    .replace(/\$\{\{\s*github\.token\s*\}\}/g, context.token ?? '')
    .replace(/\$\{\{\s*github\.repository\s*\}\}/g, context.repository)
    .replace(/\$\{\{\s*github\.api_url\s*\}\}/g, context.apiUrl);
}

/** Runs the bundle once with `with:` inputs on top of the defaults. */
export async function runAction(
  context: RunnerContext,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const metadata = await readActionMetadata();
  for (const name of Object.keys(inputs)) {
    if (!(name in metadata.inputs)) throw new Error(`action.yml has no input "${name}"`);
  }
  const step = await mkdtemp(join(context.scratch, 'step-'));
  const outputFile = join(step, 'output');
  const summaryFile = join(step, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    ...context.env,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: context.workspace,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_API_URL: context.apiUrl,
    GITHUB_SERVER_URL: context.serverUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: step,
  };
  for (const [name, input] of Object.entries(metadata.inputs)) {
    env[inputVariable(name)] = inputs[name] ?? resolveDefault(input.default ?? '', context);
  }
  const { code, stdout, stderr } = await run('node', [BUNDLE], {
    cwd: context.workspace,
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
  const commands = parseWorkflowCommands(stdout);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    commands,
    annotations: (level) => commands.filter((command) => command.command === level),
  };
}
