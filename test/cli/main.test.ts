import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { wantsColor, wantsProgress } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { createProgressLine } from '../../src/cli/progress.js';
import { CLEAN_JOB, removeTree, writeTree } from '../run/trees.js';

/** An in-memory terminal or pipe: what the CLI wrote, and whether it looks like a TTY. */
function capture(tty: boolean, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text) => void out.push(text), isTTY: tty },
    stderr: { write: (text) => void err.push(text), isTTY: tty },
    env,
    cwd: process.cwd(),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

describe('main in-process on a terminal', () => {
  it('draws progress on stderr and colours the diff on a terminal', async () => {
    const root = await writeTree({ 'mnist.yaml': CLEAN_JOB });
    roots.push(root);
    const terminal = capture(true);
    expect(await main(['convert', root], terminal.io)).toBe(0);
    expect(terminal.stderr()).toContain('Scanning: 1 files, 1 PyTorchJobs found');
    expect(terminal.stdout()).toContain('\u001b[32m+kind: TrainJob');
  });

  it('draws no progress in CI, and no colour with NO_COLOR, even on a terminal', async () => {
    const root = await writeTree({ 'mnist.yaml': CLEAN_JOB });
    roots.push(root);
    const ci = capture(true, { CI: 'true', NO_COLOR: '1' });
    expect(await main(['convert', root], ci.io)).toBe(0);
    expect(ci.stderr()).toBe('');
    expect(ci.stdout()).not.toContain('\u001b[');
  });
});

describe('terminal decisions', () => {
  const writer = (isTTY: boolean) => ({ write: () => {}, isTTY });

  it('colours a terminal unless NO_COLOR or --no-color, and --color forces it', () => {
    expect(wantsColor(writer(true), {}, {})).toBe(true);
    expect(wantsColor(writer(false), {}, {})).toBe(false);
    expect(wantsColor(writer(true), { NO_COLOR: '1' }, {})).toBe(false);
    expect(wantsColor(writer(true), { NO_COLOR: '' }, {})).toBe(true);
    expect(wantsColor(writer(true), {}, { 'no-color': true })).toBe(false);
    expect(wantsColor(writer(false), {}, { color: true })).toBe(true);
  });

  it('shows progress only on a terminal outside CI', () => {
    const io = (isTTY: boolean, env: Record<string, string>): CliIo => ({
      stdout: writer(isTTY),
      stderr: writer(isTTY),
      env,
      cwd: '/',
    });
    expect(wantsProgress(io(true, {}))).toBe(true);
    expect(wantsProgress(io(false, {}))).toBe(false);
    expect(wantsProgress(io(true, { CI: 'true' }))).toBe(false);
  });

  it('redraws the progress line at most every 100 ms and erases it at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const line = createProgressLine({ write: (text) => void written.push(text), isTTY: true }, () => clock);
    line.onEvent({ type: 'file', input: '.', path: 'a.yaml', jobs: 2 });
    clock = 50;
    line.onEvent({ type: 'file', input: '.', path: 'b.yaml', jobs: 1 });
    clock = 150;
    line.onEvent({ type: 'file', input: '.', path: 'c.yaml', jobs: 0 });
    line.finish();
    expect(written).toHaveLength(3);
    expect(written[0]).toContain('1 files, 2 PyTorchJobs');
    expect(written[1]).toContain('3 files, 3 PyTorchJobs');
    expect(written[2]).toBe('\r\u001b[2K');
  });
});

describe('user errors', () => {
  it('print one line with the documented exit code, and no stack', async () => {
    const root = await writeTree({ 'mnist.yaml': CLEAN_JOB });
    roots.push(root);
    const cases: [string[], number][] = [
      [['convert', '--no-such-flag', root], 2],
      [['convert', '--crd', `${root}/missing-crd.yaml`, root], 2],
      [['convert', '--trainer-version', '9.9', root], 2],
    ];
    for (const [argv, code] of cases) {
      const pipe = capture(false);
      expect(await main(argv, pipe.io), argv.join(' ')).toBe(code);
      const lines = pipe.stderr().trimEnd().split('\n');
      expect(lines, argv.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(/^trainjob-migrate: /);
      expect(pipe.stderr()).not.toMatch(/\n\s+at /);
    }
  });
});
