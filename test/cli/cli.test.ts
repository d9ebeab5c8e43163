import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUPED_FINDING_CODES } from '../../src/model/behaviour-report.js';
import { projectRoot, requireShared, sharedPath } from '../helpers/shared.js';
import { reportValidator, sarifValidator } from '../report/schema-validators.js';
import {
  BROKEN_JOB,
  CLEAN_JOB,
  ELASTIC_JOB,
  gitRepository,
  removeTree,
  snapshotTree,
  writeTree,
} from '../run/trees.js';
import { cliPath, runCli } from './run-cli.js';

const roots: string[] = [];
async function tree(files: Record<string, string>): Promise<string> {
  const root = await writeTree(files);
  roots.push(root);
  return root;
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

const SUMMARY_LINE =
  /^\d+ files?, \d+ PyTorchJobs?: \d+ converted, \d+ need review, \d+ skipped, \d+ errors?$/m;

/** No --crd and no CRD in the tree: the output is validated against the shipped Trainer 2.3 schema. */
const releaseSchema = expect.objectContaining({ source: 'release', release: '2.3' });

describe('help and version', () => {
  it.each(['scan', 'convert', 'pr'])('%s --help prints the usage of that command', async (command) => {
    const result = await runCli([command, '--help'], { cwd: projectRoot });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Usage:.*\\b${command}\\b`));
  });

  it('--help lists the commands', async () => {
    const result = await runCli(['--help'], { cwd: projectRoot });
    expect(result.code).toBe(0);
    for (const command of ['scan', 'convert', 'pr'])
      expect(result.stdout).toContain(`trainjob-migrate ${command}`);
  });

  it('--version prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version'], { cwd: projectRoot });
    expect(result).toMatchObject({ code: 0, stdout: `trainjob-migrate ${pkg.version}\n` });
  });
});

describe('convert', () => {
  it('dry run prints the diff and the summary and writes nothing', async () => {
    const root = await tree({ 'clusters/mnist.yaml': CLEAN_JOB });
    const before = await snapshotTree(root);
    const result = await runCli(['convert', '.'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/clusters/mnist.yaml');
    expect(result.stdout).toContain('+kind: TrainJob');
    expect(result.stdout).toMatch(SUMMARY_LINE);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).toBe('');
    expect(await snapshotTree(root)).toEqual(before);
  });

  it('colours the diff only when asked, and never with --no-color or NO_COLOR', async () => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    expect((await runCli(['convert', '--color'], { cwd: root })).stdout).toContain(
      '\u001b[32m+kind: TrainJob',
    );
    expect((await runCli(['convert', '--color', '--no-color'], { cwd: root })).stdout).not.toContain(
      '\u001b[',
    );
    expect((await runCli(['convert'], { cwd: root, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('--write rewrites in place, and a second run changes nothing', async () => {
    const root = await tree({ 'clusters/mnist.yaml': CLEAN_JOB, 'notes.txt': 'keep me\n' });
    const first = await runCli(['convert', '--write', 'clusters'], { cwd: root });
    expect(first.code).toBe(0);
    const afterFirst = await snapshotTree(root);
    expect(afterFirst['clusters/mnist.yaml']).toContain('kind: TrainJob');
    expect(afterFirst['notes.txt']).toBe('keep me\n');
    const second = await runCli(['convert', '--write', 'clusters'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 PyTorchJobs');
    expect(await snapshotTree(root)).toEqual(afterFirst);
  });

  it('--check exits 1 while a PyTorchJob remains and 0 once none does, changing nothing', async () => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    const before = await snapshotTree(root);
    expect((await runCli(['convert', '--check'], { cwd: root })).code).toBe(1);
    expect(await snapshotTree(root)).toEqual(before);
    expect((await runCli(['convert', '--write'], { cwd: root })).code).toBe(0);
    expect((await runCli(['convert', '--check'], { cwd: root })).code).toBe(0);
  });

  it('--check keeps exiting 1 for a job that needs review, even after --write', async () => {
    const root = await tree({ 'elastic.yaml': ELASTIC_JOB });
    await runCli(['convert', '--write'], { cwd: root });
    expect((await runCli(['convert', '--check'], { cwd: root })).code).toBe(1);
  });
});

describe('exit codes', () => {
  it('0 when every job converts cleanly', async () => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    expect((await runCli(['scan'], { cwd: root })).code).toBe(0);
  });

  it('1 when a job needs review, naming it and the finding', async () => {
    const root = await tree({ 'elastic.yaml': ELASTIC_JOB });
    const result = await runCli(['scan'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('elastic-train');
    expect(result.stdout).toContain('[ELASTIC_POLICY]');
  });

  it('1 when a file fails to parse, naming the file and the line', async () => {
    const root = await tree({ 'broken.yaml': BROKEN_JOB });
    const result = await runCli(['scan'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('broken.yaml');
    expect(result.stdout).toMatch(/\(line \d+/);
  });

  it('1 when an input fails, and the other input is still reported', async () => {
    const root = await tree({ 'good/mnist.yaml': CLEAN_JOB });
    const badUrl = pathToFileURL(join(root, 'no-such-repo')).href;
    const result = await runCli(['scan', '--format', 'json', badUrl, 'good'], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.inputs[0]).toMatchObject({ input: badUrl, status: 'error' });
    expect(report.inputs[1]).toEqual({ input: 'good', status: 'ok', validation: [releaseSchema] });
    expect(report.files).toEqual([expect.objectContaining({ input: 'good', path: 'mnist.yaml' })]);
  });

  it.each([
    [['scan', '--frobnicate'], /Unknown option '--frobnicate'.*trainjob-migrate scan --help/s],
    [['convert', '--trainer-version', '9'], /--trainer-version must be one of 2\.0, 2\.1, 2\.2, 2\.3/],
    [['scan', 'no/such/folder'], /no\/such\/folder: no such file or folder/],
    [['migrate'], /unknown command 'migrate'/],
    [['convert', '--write', '--check'], /--write and --check cannot be used together/],
    [['scan', '--format', 'xml'], /--format must be one of text, json, markdown, sarif/],
    [['scan', '--crd', 'missing-crd.yaml'], /missing-crd\.yaml: the TrainJob CRD file does not exist/],
    [['convert', '--write', 'https://example.com/repo.git'], /--write cannot change a cloned repository/],
    [[], /Usage:/],
  ])('2 for the usage error %j, with a message on stderr', async (args, message) => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    const result = await runCli(args, { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('config file', () => {
  it('applies .trainjob-migrate.yaml at the input root, with per-path overrides, and flags win', async () => {
    const root = await tree({
      '.trainjob-migrate.yaml':
        'runtime: torch-cpu\noverrides:\n  - path: gpu/**\n    trainerVersion: "2.2"\n',
      'gpu/a.yaml': CLEAN_JOB,
      'cpu/b.yaml': CLEAN_JOB,
    });
    const fromFile = JSON.parse((await runCli(['scan', '--format=json'], { cwd: root })).stdout);
    expect(fromFile.options.runtime).toBe('torch-cpu');
    expect(fromFile.options.overrides).toEqual([{ path: 'gpu/**', trainerVersion: '2.2' }]);
    expect(fromFile.files.map((file: { jobs: { runtime: string }[] }) => file.jobs[0]?.runtime)).toEqual([
      'torch-cpu',
      'torch-cpu',
    ]);
    const flagWins = JSON.parse(
      (await runCli(['scan', '--format=json', '--runtime=torch-flag'], { cwd: root })).stdout,
    );
    expect(flagWins.options.runtime).toBe('torch-flag');
  });

  it('exits 2 on an unknown key, naming the file, the line, the key and the allowed keys', async () => {
    const root = await tree({
      '.trainjob-migrate.yaml': 'runtime: a\nruntimeNmae: b\n',
      'mnist.yaml': CLEAN_JOB,
    });
    const result = await runCli(['scan'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(root, '.trainjob-migrate.yaml')}:2: unknown key "runtimeNmae"`);
    expect(result.stderr).toContain('allowed keys: ');
  });

  it('exits 2 on a bad value, naming the allowed values', async () => {
    const root = await tree({ 'settings.yaml': 'strategy: merge\n', 'mnist.yaml': CLEAN_JOB });
    const result = await runCli(['scan', '--config', 'settings.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'settings.yaml:1: "strategy" must be one of "replace", "side-by-side" (got "merge")',
    );
  });

  it('exits 2 when --config names a missing file', async () => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    const result = await runCli(['scan', '--config', 'nope.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.yaml: cannot read the config file');
  });
});

describe('reports', () => {
  it('--format json validates against the published schema', async () => {
    const root = await tree({
      'a/mnist.yaml': CLEAN_JOB,
      'b/elastic.yaml': ELASTIC_JOB,
      'c/broken.yaml': BROKEN_JOB,
    });
    for (const command of [['scan'], ['convert'], ['convert', '--check']]) {
      const result = await runCli([...command, '--format', 'json'], { cwd: root });
      const report = JSON.parse(result.stdout);
      expect(reportValidator()(report).errors, command.join(' ')).toEqual([]);
      expect(report.summary).toMatchObject({ files: 3, jobs: 2, converted: 1, needsReview: 1, errors: 1 });
      expect(report.files.map((file: { path: string }) => file.path).sort()).toEqual([
        'a/mnist.yaml',
        'b/elastic.yaml',
        'c/broken.yaml',
      ]);
    }
  });

  it('--format sarif validates against the SARIF 2.1.0 schema, one result per job', async () => {
    const root = await tree({ 'a/mnist.yaml': CLEAN_JOB, 'b/elastic.yaml': ELASTIC_JOB });
    const result = await runCli(['scan', '--format', 'sarif', 'a', 'b'], { cwd: root });
    const log = JSON.parse(result.stdout);
    expect(sarifValidator()(log).errors).toEqual([]);
    const results = log.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.map((entry) => entry.locations[0]?.physicalLocation.artifactLocation.uri).sort()).toEqual([
      'a/mnist.yaml',
      'b/elastic.yaml',
    ]);
    expect(results.map((entry) => entry.ruleId)).toContain('ELASTIC_POLICY');
  });

  it('--format markdown names every job', async () => {
    const root = await tree({ 'a/mnist.yaml': CLEAN_JOB, 'b/elastic.yaml': ELASTIC_JOB });
    const result = await runCli(['scan', '--format', 'markdown'], { cwd: root });
    expect(result.stdout).toContain('pytorch-simple-cpu');
    expect(result.stdout).toContain('elastic-train');
  });

  it('finishes the run with its usual exit code when the reader of its output goes away (| head)', async () => {
    // Enough jobs that the JSON report is far larger than a pipe holds.
    const files = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [
        `jobs/job-${i}.yaml`,
        CLEAN_JOB.replace('pytorch-simple-cpu', `pytorch-simple-cpu-${i}`),
      ]),
    );
    const [piped, read] = [await tree(files), await tree(files)];
    const full = await runCli(['convert', '.', '--write', '--format', 'json'], { cwd: read });
    expect(full.stdout.length).toBeGreaterThan(128 * 1024);
    const headed = await new Promise<{ stderr: string; code: number }>((resolve) => {
      execFile(
        'bash',
        [
          '-c',
          `"$0" "$1" convert . --write --format json | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`,
          process.execPath,
          cliPath,
        ],
        { cwd: piped },
        (_error, _stdout, stderr) => resolve({ stderr, code: Number(/exit=(\d+)/.exec(stderr)?.[1]) }),
      );
    });
    expect(headed.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(headed.code).toBe(full.code);
    expect(await snapshotTree(piped)).toEqual(await snapshotTree(read));
  });

  it('shows no progress when output is piped', async () => {
    const root = await tree({ 'mnist.yaml': CLEAN_JOB });
    expect((await runCli(['scan'], { cwd: root })).stderr).toBe('');
  });
});

describe('git inputs', () => {
  it('clones a local repository given as a file:// URL, scans it and reports it under the URL', async () => {
    const repo = await gitRepository({ 'clusters/mnist.yaml': CLEAN_JOB });
    roots.push(repo);
    const url = pathToFileURL(repo).href;
    const other = await tree({ 'local.yaml': CLEAN_JOB });
    const result = await runCli(['scan', '--format', 'json', url, other], { cwd: other });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.inputs).toEqual([
      { input: url, status: 'ok', validation: [releaseSchema] },
      { input: other, status: 'ok', validation: [releaseSchema] },
    ]);
    expect(report.files).toContainEqual(expect.objectContaining({ input: url, path: 'clusters/mnist.yaml' }));
    const text = await runCli(['scan', url], { cwd: other });
    expect(text.stdout).toContain('clusters/mnist.yaml');
  });
});

describe('a config file in a repository given as a URL', () => {
  it('is read after cloning, and an invalid one fails only that input', async () => {
    const repo = await gitRepository({
      '.trainjob-migrate.yaml': 'strategy: merge\n',
      'mnist.yaml': CLEAN_JOB,
    });
    roots.push(repo);
    const url = pathToFileURL(repo).href;
    const local = await tree({ 'ok.yaml': CLEAN_JOB });
    await writeFile(join(local, 'unrelated.txt'), 'x');
    const result = await runCli(['scan', '--format', 'json', url, '.'], { cwd: local });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.inputs[0].status).toBe('error');
    expect(report.inputs[0].error).toContain('"strategy" must be one of');
    expect(report.inputs[1].status).toBe('ok');
  });
});

describe('the real-world corpus', () => {
  interface CorpusReport {
    summary: { jobs: number; needsReview: number; errors: number };
    files: {
      path: string;
      kind: string;
      error?: unknown;
      jobs: { name: string; line: number; findings: { code: string }[] }[];
    }[];
  }

  it('scans every real PyTorchJob file into a report that validates, with each job at its document', async () => {
    if (!requireShared()) return;
    const corpus = sharedPath('corpus', 'real-world');
    const result = await runCli(['scan', '--format', 'json', corpus], { cwd: projectRoot });
    const report = JSON.parse(result.stdout) as CorpusReport;
    expect(reportValidator()(report).errors).toEqual([]);
    expect(report.summary.jobs).toBeGreaterThan(50);
    expect(result.code).toBe(report.summary.needsReview + report.summary.errors > 0 ? 1 : 0);
    for (const file of report.files) {
      expect(file.path).not.toMatch(/\\|^\//);
      if (file.kind !== 'yaml') continue;
      const lines = (await readFile(join(corpus, file.path), 'utf8')).split(/\r?\n/);
      for (const job of file.jobs) {
        // The job's line starts its document: PyTorchJob is declared before the next `---`.
        const rest = lines.slice(job.line - 1);
        const end = rest.findIndex((line, index) => index > 0 && line.startsWith('---'));
        const document = end < 0 ? rest : rest.slice(0, end);
        expect(
          document.some((line) => /kind:\s*["']?PyTorchJob/.test(line)),
          `${file.path}:${job.line}`,
        ).toBe(true);
      }
    }
  });

  it('gives SARIF that validates, with one result per job and per failed file', async () => {
    if (!requireShared()) return;
    const corpus = sharedPath('corpus', 'real-world');
    const json = JSON.parse(
      (await runCli(['scan', '--format', 'json', corpus], { cwd: projectRoot })).stdout,
    ) as CorpusReport;
    const log = JSON.parse(
      (await runCli(['scan', '--format', 'sarif', corpus], { cwd: projectRoot })).stdout,
    );
    expect(sarifValidator()(log).errors).toEqual([]);
    const failedFiles = json.files.filter((file) => file.error).length;
    expect(log.runs[0].results).toHaveLength(json.summary.jobs + failedFiles);
  });

  it('gives a markdown report under GitHub’s 65,536 characters: every job in one table, each cause once', async () => {
    if (!requireShared()) return;
    const corpus = sharedPath('corpus', 'real-world');
    const json = JSON.parse(
      (await runCli(['convert', '--format', 'json', corpus], { cwd: projectRoot })).stdout,
    ) as CorpusReport;
    const markdown = (await runCli(['convert', '--format', 'markdown', corpus], { cwd: projectRoot })).stdout;
    console.log(`corpus markdown report: ${markdown.length} characters`);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    const table = markdown.split('### Jobs')[1]?.split('\n### ')[0] ?? '';
    const jobRows = table
      .split('\n')
      .filter((line) => /^\| .* \| (converted|needs review|skipped|error) \|/.test(line));
    const failedFiles = json.files.filter((file) => file.error).length;
    expect(jobRows).toHaveLength(json.summary.jobs + failedFiles);
    const codes = new Set(
      json.files.flatMap((file) => file.jobs.flatMap((job) => job.findings.map((f) => f.code))),
    );
    codes.delete('RUNTIME_NOT_FOUND');
    // Said once in the section of what changes for every job, with the jobs it concerns.
    for (const code of GROUPED_FINDING_CODES) codes.delete(code);
    for (const code of codes) expect(markdown.split(`**\`${code}\`**`), code).toHaveLength(2);
    // A dry run: nothing is said to have been rewritten.
    expect(markdown).toContain('Dry run, nothing was written');
    expect(markdown).not.toMatch(/\b(was|were) rewritten\b/);
  }, 60_000);
});
