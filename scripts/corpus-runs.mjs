#!/usr/bin/env node
/**
 * Counts the converted job-runs on the real-world corpus (../shared/corpus/real-world, read in
 * place: the built CLI runs in dry-run mode, which writes nothing), plain and with
 * --generate-runtimes, and why the others are held. Run `npm run build` first.
 *
 *   node scripts/corpus-runs.mjs [corpus-dir]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'real-world'));
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');

function run(flags) {
  let out;
  try {
    out = execFileSync('node', [cli, 'convert', ...flags, '--format', 'json', corpus], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    // Exit code 1 means "something needs review"; the report is still on stdout.
    out = error.stdout;
  }
  return JSON.parse(out);
}

const total = { converted: 0 };
for (const [label, flags] of [
  ['plain', []],
  ['--generate-runtimes', ['--generate-runtimes']],
]) {
  const report = run(flags);
  const jobs = report.files.flatMap((file) => file.jobs.map((job) => ({ ...job, path: file.path })));
  const converted = jobs.filter((job) => job.status === 'converted');
  const held = new Map();
  for (const job of jobs.filter((j) => j.status === 'needs-review')) {
    const codes = [...new Set(job.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
    const key = codes.sort().join('+') || '(no error finding)';
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const withEnv = converted.filter((job) => job.findings.some((f) => f.code === 'V1_ENV_ADDED')).length;
  total.converted += converted.length;
  console.log(
    `${label}: ${jobs.length} jobs, ${converted.length} converted (${withEnv} with v1's variables added)`,
  );
  for (const [key, count] of [...held].sort((a, b) => b[1] - a[1])) {
    console.log(`  needs-review ${key.padEnd(50)} ${count}`);
  }
}
console.log(`converted job-runs: ${total.converted}`);
