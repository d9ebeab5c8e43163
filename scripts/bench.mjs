// `npm run bench`: scan time against `grep -rlF`, conversion throughput and peak memory on a
// synthetic GitOps tree (generated once into .bench/tree). Not a test: it prints measurements.
//   node scripts/bench.mjs [--files 20000] [--seed 42] [--regenerate]
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(projectRoot, '.bench');
const treeDir = join(benchDir, 'tree');
const treeParamsFile = join(benchDir, 'tree.params.json');
const NEEDLE = 'PyTorchJob';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    regenerate: { type: 'boolean', default: false },
  },
});

const rows = [];
const notes = [];
const addRow = (measure, value) => rows.push([measure, value]);

try {
  const lib = await import(pathToFileURL(await ensureLibrary()).href);
  await ensureTree();
  const tree = await measureTree(treeDir);
  addRow('files in tree / total size', `${tree.files.toLocaleString('en')} files / ${mb(tree.bytes)} MB`);

  const grep = await timeTwice(() => grepFiles(treeDir));
  addRow(`grep -rlF ${NEEDLE} (2nd run)`, `${ms(grep.ms)} ms (${grep.result.length} files)`);

  const scan = await timeTwice(() => scanTree(lib, treeDir));
  addRow('tool scan, scanRoot (2nd run)', `${ms(scan.ms)} ms (${(scan.ms / grep.ms).toFixed(2)}× grep)`);
  addRow(
    'scan throughput',
    `${mb(scan.result.stats.bytesRead / (scan.ms / 1000))} MB/s over ${mb(scan.result.stats.bytesRead)} MB read`,
  );
  addRow('candidates found', describeCandidates(scan.result, grep.result));

  const conversion = convertCandidates(lib, scan.result.candidates);
  if (conversion === undefined) {
    addRow('conversion', 'skipped: rewriteFile is not exported by the library yet');
  } else {
    addRow(
      'conversion throughput',
      `${rate(conversion.jobs, conversion.ms)} jobs/s, ${mb(conversion.bytes / (conversion.ms / 1000))} MB/s`,
    );
    addRow(
      'conversion totals',
      `${conversion.jobs} jobs in ${conversion.files} files, ${ms(conversion.ms)} ms, ${conversion.errors} errors`,
    );
    addRow(
      'job outcomes',
      Object.entries(conversion.statuses)
        .map(([status, count]) => `${status} ${count}`)
        .join(', '),
    );
  }
  measureCommand('scan');
  measureCommand('convert');
} catch (error) {
  notes.push(`stopped early: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
addRow('peak RSS (this process)', `${mb(process.resourceUsage().maxRSS * 1024)} MB`);
printTable();

/**
 * The library to measure: `dist/lib.js`, built by `npm run build` when missing. When it is older
 * than `src/`, or the build fails, `src/index.ts` is bundled on its own into .bench/ instead, so the
 * numbers are for the current sources and the committed dist/ is left alone.
 */
async function ensureLibrary() {
  const built = join(projectRoot, 'dist', 'lib.js');
  if (!existsSync(built)) spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'ignore' });
  if (existsSync(built) && !hasNewerSources(built)) return built;
  notes.push(
    existsSync(built)
      ? 'dist/lib.js is older than src/, so src/index.ts was bundled into .bench/lib.js for this run'
      : '`npm run build` did not produce dist/lib.js, so src/index.ts was bundled into .bench/lib.js',
  );
  const { build: bundle } = await import('esbuild');
  const outfile = join(benchDir, 'lib.js');
  await bundle({
    entryPoints: [join(projectRoot, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    // Bundled CommonJS dependencies call require(); give them one, as scripts/bundle.mjs does.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

function hasNewerSources(file) {
  const found = spawnSync(
    'find',
    [join(projectRoot, 'src'), '-type', 'f', '-newer', file, '-print', '-quit'],
    {
      encoding: 'utf8',
    },
  );
  return found.status !== 0 || found.stdout.trim() !== '';
}

async function ensureTree() {
  const params = JSON.stringify({ files: values.files, seed: values.seed });
  const existing = await readFile(treeParamsFile, 'utf8').catch(() => '');
  if (!values.regenerate && existing === params && existsSync(treeDir)) return;
  await mkdir(benchDir, { recursive: true });
  const generator = join(projectRoot, 'scripts', 'gen-tree.mjs');
  const args = [generator, treeDir, '--files', values.files, '--seed', values.seed];
  const generated = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (generated.status !== 0)
    throw new Error(`gen-tree.mjs failed (exit ${generated.status}); run it by hand: node ${args.join(' ')}`);
  await writeFile(treeParamsFile, params);
}

async function measureTree(folder) {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return { files, bytes };
}

/** Runs `task` twice and keeps the second timing: both tools then read from a warm page cache. */
async function timeTwice(task) {
  await task();
  const start = performance.now();
  const result = await task();
  return { ms: performance.now() - start, result };
}

async function grepFiles(folder) {
  try {
    const { stdout } = await promisify(execFile)('grep', ['-rlF', NEEDLE, '.'], {
      cwd: folder,
      maxBuffer: 1 << 28,
    });
    return stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.replace(/^\.\//, ''));
  } catch (error) {
    // grep exits 1 when nothing matches.
    if (error && typeof error === 'object' && 'code' in error && error.code === 1) return [];
    throw new Error(`grep failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function scanTree(lib, folder) {
  const stats = lib.createScanStats();
  const candidates = [];
  const skipped = [];
  for await (const entry of lib.scanRoot(folder, lib.DEFAULT_SCAN_OPTIONS, stats)) {
    if (entry.type === 'candidate') candidates.push({ relPath: entry.relPath, text: entry.text });
    else skipped.push(entry);
  }
  return { stats, candidates, skipped };
}

function describeCandidates(scan, grepped) {
  const found = new Set(scan.candidates.map((candidate) => candidate.relPath));
  const missed = grepped.filter((path) => isDefaultIncluded(path) && !found.has(path));
  const agreement =
    missed.length === 0 ? 'same files as grep' : `${missed.length} grep matches not found, e.g. ${missed[0]}`;
  return `${found.size} files, ${scan.skipped.length} skipped (${agreement})`;
}

function isDefaultIncluded(path) {
  return /\.(?:ya?ml|json)(?:\.(?:tmpl|template|j2))?$/.test(path);
}

function convertCandidates(lib, candidates) {
  if (typeof lib.rewriteFile !== 'function') return undefined;
  const options = { ...lib.DEFAULT_CONVERT_OPTIONS };
  let jobs = 0;
  let bytes = 0;
  let errors = 0;
  const statuses = {};
  const start = performance.now();
  for (const { relPath, text } of candidates) {
    bytes += Buffer.byteLength(text);
    try {
      const rewrite = lib.rewriteFile(relPath, text, options);
      jobs += rewrite.jobs.length;
      for (const job of rewrite.jobs) statuses[job.status] = (statuses[job.status] ?? 0) + 1;
      if (rewrite.error) errors += 1;
    } catch (error) {
      errors += 1;
      if (errors === 1)
        notes.push(`rewriteFile threw on ${relPath}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return { jobs, bytes, errors, statuses, files: candidates.length, ms: performance.now() - start };
}

function printTable() {
  const width = Math.max(...rows.map(([measure]) => measure.length));
  console.log(
    `\ntrainjob-migrate benchmark — Node ${process.version}, ${cpus().length} CPUs, tree ${treeDir}\n`,
  );
  console.log(`${'measure'.padEnd(width)} | result`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(40)}`);
  for (const [measure, value] of rows) console.log(`${measure.padEnd(width)} | ${value}`);
  for (const note of notes) console.log(`\nnote: ${note}`);
}

function mb(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function ms(value) {
  return value.toFixed(0);
}

function rate(count, milliseconds) {
  return (count / (milliseconds / 1000)).toFixed(0);
}

/**
 * The whole command as a user runs it (scan, plan, GitOps analysis with kustomize builds, report),
 * on the built CLI, with the child's peak memory from GNU time when it is installed.
 */
function measureCommand(command) {
  const cli = join(projectRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    notes.push(`${command}: dist/cli.js is missing; run npm run build`);
    return;
  }
  const gnuTime = existsSync('/usr/bin/time');
  const args = [process.execPath, cli, command, treeDir, '--format', 'json'];
  const started = performance.now();
  const run = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(args[0], args.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const elapsed = performance.now() - started;
  const rssKb = gnuTime ? Number(run.stderr.trim().split('\n').at(-1)) : Number.NaN;
  const memory = Number.isFinite(rssKb) ? `, peak RSS ${mb(rssKb * 1024)} MB` : '';
  addRow(`CLI ${command} end to end`, `${ms(elapsed)} ms (exit ${run.status})${memory}`);
}
