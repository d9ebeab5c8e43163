// `npm run bench`: the tool side by side with the references a user would compare it with, in one
// run, on trees generated into .bench/ (kept between runs). Not a test: it prints measurements.
//   node scripts/bench.mjs [--runs 5] [--series 2000,20000,100000] [--no-gitops] [--regenerate]
// Tool and reference runs alternate and each row gives the median of `--runs`; on a shared or busy
// machine compare the ratios (measured in the same run), not the absolute times. The `floor` rows time
// scripts/bench-floor.mjs: the same reads, parses and writes in a bare Node process, with no tool.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(projectRoot, '.bench');
const sharedBench = resolve(projectRoot, '..', 'shared', 'bench');
const cli = join(projectRoot, 'dist', 'cli.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    series: { type: 'string', default: '2000,20000,100000' },
    'no-gitops': { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));

const rows = [];
const notes = [];
const row = (measure, tool, reference = '', ratio = '', goal = '') =>
  rows.push([measure, tool, reference, ratio, goal]);

const floorScript = join(benchDir, 'floor.mjs');

try {
  ensureBuilt();
  await bundleFloor();
  benchScan();
  benchConvert();
  benchSeries();
  benchParseGrowth();
  if (!values['no-gitops']) benchGitopsTree();
} catch (error) {
  notes.push(`stopped early: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
printTable();

/**
 * `scan --format json` over 20,000 files (1% PyTorchJobs) against `grep -rlF PyTorchJob`, and the
 * same scan of the tree's job files alone: what converting them costs, without the other files.
 */
function benchScan() {
  const tree = sharedTree(20000, 0.01);
  const jobsOnly = jobFilesOf(tree);
  const tool = [];
  const alone = [];
  const grep = [];
  const floorRead = [];
  const floorParse = [];
  let rss = 0;
  for (let i = 0; i < runs + 1; i++) {
    const scan = timed([process.execPath, cli, 'scan', tree, '--format', 'json']);
    const reference = timed(['grep', '-rlF', 'PyTorchJob', tree]);
    const jobs = timed([process.execPath, cli, 'scan', jobsOnly.dir, '--format', 'json']);
    const read = floor('read', tree);
    const parse = floor('parse', tree);
    if (i === 0) continue; // warms the page cache for both
    tool.push(scan.ms);
    grep.push(reference.ms);
    alone.push(jobs.ms);
    floorRead.push(read);
    floorParse.push(parse);
    rss = Math.max(rss, scan.rssMb);
  }
  const ratio = median(tool) / median(grep);
  row(
    'scan --format json, 20,000 files (1% jobs)',
    sec(median(tool)),
    `grep -rlF ${sec(median(grep))}`,
    x(ratio),
    '≤ 3.5×',
  );
  row('  peak RSS of that scan', `${rss.toFixed(0)} MB`, '', '', '≤ 200 MB');
  const againstGrep = (measure, times, note) =>
    row(measure, sec(median(times)), '', x(median(times) / median(grep)), note);
  againstGrep(`  the same scan of its ${jobsOnly.files} job files alone`, alone, 'the conversions’ share');
  againstGrep('  floor: bare Node lists and reads every file', floorRead, 'no tool, no parsing');
  againstGrep('  floor: the same, and parses each job file once', floorParse, 'yaml, nothing else');
}

/**
 * Wall time of scripts/bench-floor.mjs, less the time it spent loading what it was given. It runs
 * bundled as the tool is, with the same `yaml` and the same change to it.
 */
function floor(mode, ...paths) {
  const result = timed([process.execPath, floorScript, mode, ...paths]);
  if (result.status !== 0) throw new Error(`bench-floor.mjs ${mode} failed: ${result.stderr}`);
  return result.ms - JSON.parse(result.stdout).setupMs;
}

/** The files of `tree` that name a PyTorchJob, copied alone (same paths) into a folder of their own. */
function jobFilesOf(tree) {
  const dir = `${tree}-jobs-only`;
  const listed = spawnSync('grep', ['-rlF', 'PyTorchJob', tree], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const files = listed.stdout.split('\n').filter((file) => file !== '');
  if (values.regenerate || !existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    for (const file of files) {
      const target = join(dir, relative(tree, file));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(file, target);
    }
    writeFileSync(join(dir, '.complete'), '');
  }
  return { dir, files: files.length };
}

/** `convert --write` of 1,000 PyTorchJob files against the PyYAML load/convert/dump script. */
function benchConvert() {
  const source = sharedTree(1000, 1.0);
  const work = join(benchDir, 'convert-work');
  // Every copy is made before the timed runs and removed after them all: removing a tree makes the
  // disk discard its blocks for a while, and files created meanwhile (our temp files; the PyYAML
  // script creates none) wait for it, which would time the bench's own clean-up, not the tool.
  rmSync(work, { recursive: true, force: true });
  const copies = Array.from({ length: runs }, (_, i) => ({
    tool: freshCopy(source, join(work, `tool-${i}`)),
    reference: freshCopy(source, join(work, `pyyaml-${i}`)),
    floor: freshCopy(source, join(work, `floor-${i}`)),
  }));
  spawnSync('sync');
  const tool = [];
  const pyyaml = [];
  const floorWrite = [];
  let rss = 0;
  let checked = false;
  for (const copy of copies) {
    const run = timed([process.execPath, cli, 'convert', copy.tool, '--write', '--format', 'json']);
    if (run.status !== 0) notes.push(`convert --write exited ${run.status}: ${run.stderr.split('\n')[0]}`);
    const reference = timed(['python3', join(sharedBench, 'baseline_convert.py'), 'pyyaml', copy.reference]);
    // The script leaves its writes in the page cache; the next run's fsyncs would flush them too.
    spawnSync('sync');
    if (reference.status !== 0) throw new Error(`baseline_convert.py failed: ${reference.stderr}`);
    // The floor writes the texts the first tool run wrote.
    floorWrite.push(floor('write', copy.floor, copies[0].tool));
    spawnSync('sync');
    tool.push(run.ms);
    pyyaml.push(reference.ms);
    rss = Math.max(rss, run.rssMb);
    if (!checked) {
      checked = true;
      const report = JSON.parse(run.stdout);
      notes.push(
        `convert --write: ${report.summary.converted} of ${report.summary.jobs} jobs converted, ${report.summary.errors} errors (every written file re-parsed and verified)`,
      );
    }
  }
  rmSync(work, { recursive: true, force: true });
  const ratio = median(tool) / median(pyyaml);
  row(
    'convert --write, 1,000 job files',
    sec(median(tool)),
    `PyYAML script ${sec(median(pyyaml))}`,
    x(ratio),
    '≤ 2×',
  );
  row('  peak RSS of that convert', `${rss.toFixed(0)} MB`);
  row(
    '  floor: read, parse in and out, write, fsync',
    sec(median(floorWrite)),
    '',
    x(median(floorWrite) / median(pyyaml)),
    'yaml and the writes, no conversion',
  );
}

/** The same scan over growing trees: time per file should stay flat, and so should memory. */
function benchSeries() {
  for (const files of values.series
    .split(',')
    .map(Number)
    .filter((n) => n > 0)) {
    const tree = sharedTree(files, 0.01);
    timed([process.execPath, cli, 'scan', tree, '--format', 'json']); // page cache
    const times = [];
    let rss = 0;
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const run = timed([process.execPath, cli, 'scan', tree, '--format', 'json']);
      times.push(run.ms);
      rss = Math.max(rss, run.rssMb);
    }
    const ms = median(times);
    row(
      `scan series: ${files.toLocaleString('en')} files`,
      `${sec(ms)}, ${((ms * 1000) / files).toFixed(0)} µs/file`,
      '',
      '',
      `peak RSS ${rss.toFixed(0)} MB`,
    );
  }
}

/**
 * One PyTorchJob beside a ConfigMap of 5,000 to 20,000 keys, rewritten by the library in a child
 * process per size (so each size has its own peak RSS): a 4× larger map should cost ≤ 4.5× the time.
 */
function benchParseGrowth() {
  const script = join(benchDir, 'parse-growth.mjs');
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(script, parseGrowthScript());
  const results = [];
  for (const keys of [5000, 10000, 20000]) {
    const run = spawnSync(process.execPath, [script, join(projectRoot, 'dist', 'lib.js'), String(keys)], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`parse growth (${keys} keys) failed: ${run.stderr}`);
    results.push({ keys, ...JSON.parse(run.stdout) });
  }
  const [first, , last] = results;
  row(
    'parse growth: job beside a 5k/10k/20k-key map',
    results.map((r) => `${r.ms.toFixed(0)} ms`).join(' / '),
    `status ${[...new Set(results.map((r) => r.status))].join(', ')}`,
    x(last.ms / first.ms),
    '4× keys ≤ 4.5×',
  );
  row('  peak RSS per size', results.map((r) => `${r.rssMb.toFixed(0)} MB`).join(' / '));
}

function parseGrowthScript() {
  return `// written by scripts/bench.mjs
import { pathToFileURL } from 'node:url';
const [lib, keys] = [await import(pathToFileURL(process.argv[2]).href), Number(process.argv[3])];
const job = (name) => [
  'apiVersion: kubeflow.org/v1', 'kind: PyTorchJob', 'metadata:', '  name: ' + name, 'spec:',
  '  pytorchReplicaSpecs:', '    Worker:', '      replicas: 2', '      template:', '        spec:',
  '          containers:', '            - name: pytorch', '              image: busybox:1.36',
  '              command: ["torchrun", "train.py"]', ''].join('\\n');
const map = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', 'data:',
  ...Array.from({ length: keys }, (_, i) => '  key' + i + ': "value ' + i + '"'), ''].join('\\n');
const text = job('warm-up') + '---\\n' + map;
const options = { ...lib.DEFAULT_CONVERT_OPTIONS };
lib.rewriteFile('warm.yaml', job('warm-up'), options);
const start = performance.now();
const result = lib.rewriteFile('job.yaml', text, options);
const ms = performance.now() - start;
const status = result.error ? 'error' : result.jobs.map((j) => j.status).join(',');
console.log(JSON.stringify({ ms, status, rssMb: process.resourceUsage().maxRSS / 1024 }));
`;
}

/** The full dry run on the project's own GitOps tree (kustomizations, apps, CRDs). */
function benchGitopsTree() {
  const tree = join(benchDir, 'gitops-tree');
  if (values.regenerate || !existsSync(join(tree, '.complete'))) {
    rmSync(tree, { recursive: true, force: true });
    run([
      process.execPath,
      join(projectRoot, 'scripts', 'gen-tree.mjs'),
      tree,
      '--files',
      '20000',
      '--seed',
      '42',
    ]);
    writeFileSync(join(tree, '.complete'), '');
  }
  for (const command of ['scan', 'convert']) {
    const times = [];
    let rss = 0;
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const result = timed([process.execPath, cli, command, tree, '--format', 'json']);
      times.push(result.ms);
      rss = Math.max(rss, result.rssMb);
    }
    row(
      `${command} (dry run), scripts/gen-tree.mjs tree`,
      sec(median(times)),
      '',
      '',
      `peak RSS ${rss.toFixed(0)} MB`,
    );
  }
}

async function bundleFloor() {
  await build({
    ...nodeBundleOptions,
    entryPoints: [join(projectRoot, 'scripts', 'bench-floor.mjs')],
    outfile: floorScript,
  });
}

function ensureBuilt() {
  const stale =
    !existsSync(cli) ||
    spawnSync('find', [join(projectRoot, 'src'), '-newer', cli, '-print', '-quit'], {
      encoding: 'utf8',
    }).stdout.trim() !== '';
  if (!stale) return;
  notes.push('dist/ was older than src/ and was rebuilt with npm run build');
  run(['npm', 'run', 'build']);
}

/** A tree from ../shared/bench/gen_tree.py, generated once per size and fraction. */
function sharedTree(files, fraction) {
  const tree = join(benchDir, `gen-${files}-${fraction}`);
  if (values.regenerate || !existsSync(join(tree, '.complete'))) {
    rmSync(tree, { recursive: true, force: true });
    run(['python3', join(sharedBench, 'gen_tree.py'), tree, String(files), String(fraction)]);
    writeFileSync(join(tree, '.complete'), '');
  }
  return tree;
}

function freshCopy(source, target) {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  return target;
}

function run(argv) {
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
}

/** Wall time of a command, and its peak RSS from GNU time when installed. */
function timed(argv) {
  const args = gnuTime ? [gnuTime, '-f', '%M', ...argv] : argv;
  const start = performance.now();
  const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const stderr = result.stderr ?? '';
  const rssKb = gnuTime ? Number(stderr.trim().split('\n').at(-1)) : Number.NaN;
  return {
    ms,
    status: result.status,
    stdout: result.stdout,
    stderr,
    rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : 0,
  };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sec(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

function x(ratio) {
  return `${ratio.toFixed(2)}×`;
}

function printTable() {
  const header = ['measure', 'this tool', 'reference', 'ratio', 'goal / notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(
    `\ntrainjob-migrate benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, medians of ${runs} alternating runs\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const note of notes) console.log(`\nnote: ${note}`);
}
