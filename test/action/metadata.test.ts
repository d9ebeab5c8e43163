import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../../src/action/outcome.js';
import { projectRoot } from '../helpers/shared.js';
import { readActionMetadata } from './runner.js';

const run = promisify(execFile);
/** A workflow expression, `${{ body }}`, written without a template-looking literal. */
const expression = (body: string): string => ['$', '{{ ', body, ' }}'].join('');
const examplesDir = join(projectRoot, 'examples', 'workflows');

/** The inputs and outputs the Action's issue asks for. */
const REQUIRED_INPUTS = [
  'token',
  'paths',
  'include',
  'exclude',
  'config',
  'runtime',
  'runtime-kind',
  'trainer-version',
  'strategy',
  'name-suffix',
  'allow-lossy',
  'base',
  'branch',
  'title',
  'labels',
  'reviewers',
  'assignees',
  'draft',
  'dry-run',
  'commit-message',
  'fail-on-review',
  'sign-commits',
  'push-to-fork',
  'author',
  'committer',
  'milestone',
  'api-url',
  'dashboard',
  'dashboard-from',
  'dashboard-repository',
  'dashboard-title',
];
const REQUIRED_OUTPUTS = [
  'pull-request-number',
  'pull-request-url',
  'pull-request-operation',
  'jobs-found',
  'jobs-converted',
  'jobs-needing-review',
  'report',
  'dashboard-entry',
  'dashboard-issue-number',
  'dashboard-issue-url',
];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    { permissions?: Record<string, string>; strategy?: Record<string, unknown>; steps: Step[] }
  >;
}

async function workflows(): Promise<Map<string, Workflow>> {
  const files = (await readdir(examplesDir)).filter((file) => file.endsWith('.yml'));
  const parsed = new Map<string, Workflow>();
  for (const file of files)
    parsed.set(file, parse(await readFile(join(examplesDir, file), 'utf8')) as Workflow);
  return parsed;
}

const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);
const actionSteps = (workflow: Workflow): Step[] =>
  steps(workflow).filter((step) => /\/trainjob-migrate@/.test(step.uses ?? ''));

describe('action.yml', () => {
  it('runs the committed bundle on node24 and declares every input and output the Action needs', async () => {
    const action = await readActionMetadata();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(REQUIRED_INPUTS));
    expect(action.inputs.token?.default).toBe(expression('github.token'));
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\S/);
      expect(input, name).toHaveProperty('default');
    }
    expect(Object.keys(action.outputs).sort()).toEqual([...REQUIRED_OUTPUTS].sort());
    expect([...OUTPUT_NAMES].sort()).toEqual([...REQUIRED_OUTPUTS].sort());
  });

  it('docs/action.md holds the tables generated from action.yml', async () => {
    const { stderr } = await run('node', [join(projectRoot, 'scripts', 'action-docs.mjs'), '--check'], {
      cwd: projectRoot,
    });
    expect(stderr).toBe('');
    const doc = await readFile(join(projectRoot, 'docs', 'action.md'), 'utf8');
    for (const name of [...Object.keys((await readActionMetadata()).inputs), ...REQUIRED_OUTPUTS]) {
      expect(doc).toContain(`| \`${name}\` |`);
    }
  });
});

describe('example workflows', () => {
  it('pass the Action only inputs it declares, and every example is listed in docs/action.md', async () => {
    const action = await readActionMetadata();
    const doc = await readFile(join(projectRoot, 'docs', 'action.md'), 'utf8');
    for (const [file, workflow] of await workflows()) {
      expect(doc, file).toContain(`examples/workflows/${file}`);
      for (const step of actionSteps(workflow)) {
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs), file).toContain(input);
      }
    }
  });

  it('the scheduled migration runs on cron and on demand, with the permissions a pull request needs', async () => {
    const workflow = (await workflows()).get('scheduled-migration.yml');
    expect(workflow?.on).toHaveProperty('schedule');
    expect(workflow?.on).toHaveProperty('workflow_dispatch');
    expect(workflow?.permissions).toMatchObject({ contents: 'write', 'pull-requests': 'write' });
    const appToken = (await workflows()).get('scheduled-migration-app-token.yml');
    const [migrate] = actionSteps(appToken as Workflow);
    expect(migrate?.with?.token).toBe(expression('steps.app-token.outputs.token'));
    expect(
      steps(appToken as Workflow).some((step) => step.uses?.startsWith('actions/create-github-app-token@')),
    ).toBe(true);
  });

  it('the review gate runs convert --check and uploads SARIF to code scanning', async () => {
    const workflow = (await workflows()).get('review-gate.yml') as Workflow;
    expect(workflow.on).toHaveProperty('pull_request');
    const commands = steps(workflow).map((step) => step.run ?? '');
    expect(commands.some((command) => /dist\/cli\.js convert --check/.test(command))).toBe(true);
    expect(commands.some((command) => /dist\/cli\.js scan --format sarif/.test(command))).toBe(true);
    expect(steps(workflow).some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(
      true,
    );
    expect(workflow.permissions).toMatchObject({
      contents: 'read',
      'security-events': 'write',
      actions: 'read',
    });
  });

  it('the fan-out discovers a matrix and runs the Action per repository, max-parallel at a time', async () => {
    const workflow = (await workflows()).get('org-fan-out.yml') as Workflow;
    const discover = workflow.jobs.discover?.steps.map((step) => step.run ?? '').join('\n') ?? '';
    expect(discover).toMatch(/dist\/cli\.js discover --org .* --format matrix/);
    const migrate = workflow.jobs.migrate;
    expect(migrate?.strategy).toMatchObject({
      matrix: expression('fromJSON(needs.discover.outputs.matrix)'),
      'max-parallel': expect.any(Number),
    });
    const [action] = actionSteps(workflow);
    expect(action?.with?.repository).toBe(expression('matrix.repository'));
    // One job after the matrix writes the dashboard from the entries the matrix jobs uploaded.
    const upload = migrate?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe(expression('steps.migrate.outputs.dashboard-entry'));
    const dashboard = workflow.jobs.dashboard as unknown as { needs: string; steps: Step[] };
    expect(dashboard.needs).toBe('migrate');
    expect(dashboard.steps.some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(actionSteps(workflow).at(-1)?.with?.['dashboard-from']).toBe('dashboard');
  });
});
