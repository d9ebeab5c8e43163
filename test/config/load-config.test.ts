import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseByteSize } from '../../src/config/byte-size.js';
import { ConfigError } from '../../src/config/config-error.js';
import { findConfigAt, loadConfigFile, parseConfigText } from '../../src/config/load-config.js';
import { CONFIG_FILE_NAME } from '../../src/config/types.js';

function problemsOf(text: string): string[] {
  try {
    parseConfigText(text, 'repo/.trainjob-migrate.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfigText', () => {
  it('accepts every documented key and per-path overrides', () => {
    const settings = parseConfigText(
      [
        'runtime: torch-distributed',
        'runtimeKind: TrainingRuntime',
        'trainerVersion: "2.1"',
        'strategy: side-by-side',
        'nameSuffix: -trainer',
        'allowLossy: true',
        'patchManager: example.com/migrator',
        'include: ["clusters/**/*.yaml"]',
        'exclude: ["**/archive/**"]',
        'maxFileSize: 5MB',
        'crd: crds/trainjobs.yaml',
        'concurrency: 2',
        'format: json',
        'quiet: true',
        'overrides:',
        '  - path: clusters/gpu/**',
        '    runtime: torch-gpu',
        '',
      ].join('\n'),
      'c.yaml',
    );
    expect(settings.runtimeKind).toBe('TrainingRuntime');
    expect(settings.overrides).toEqual([{ path: 'clusters/gpu/**', runtime: 'torch-gpu' }]);
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfigText('# nothing yet\n', 'c.yaml')).toEqual({});
  });

  it('rejects an unknown key, naming the file, the line, the key and the allowed keys', () => {
    const [problem] = problemsOf('runtime: torch-distributed\nruntimeName: other\n');
    expect(problem).toMatch(/^repo\/\.trainjob-migrate\.yaml:2: unknown key "runtimeName"/);
    expect(problem).toContain('allowed keys: ');
    expect(problem).toContain('runtimeKind');
  });

  it('rejects an unknown key inside an override, naming where it is', () => {
    const [problem] = problemsOf('overrides:\n  - path: gpu/**\n    runtim: x\n');
    expect(problem).toMatch(/:3: unknown key "runtim" in "overrides\[0\]"/);
  });

  it('rejects a bad value, naming the key and the allowed values', () => {
    const [problem] = problemsOf('strategy: replace\ntrainerVersion: "3.0"\n');
    expect(problem).toBe(
      'repo/.trainjob-migrate.yaml:2: "trainerVersion" must be one of "2.3", "2.2", "2.1", "2.0" (got "3.0")',
    );
  });

  it('reports every problem at once, one sentence each', () => {
    const problems = problemsOf(
      'allowLossy: yes\nconcurrency: 0\nmaxFileSize: lots\noverrides:\n  - runtime: x\n',
    );
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('"allowLossy" must be a boolean (got "yes")');
    expect(problems.join('\n')).toContain('"concurrency" must be at least 1 (got 0)');
    expect(problems.join('\n')).toContain(
      '"maxFileSize" must be a number of bytes or a size such as 5MB or 512KiB',
    );
    expect(problems.join('\n')).toContain('"overrides[0]" needs the key "path"');
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problemsOf('runtime: a\nstrategy: [replace\n');
    expect(problem).toMatch(/^repo\/\.trainjob-migrate\.yaml:\d+: not valid YAML: /);
  });
});

describe('config files on disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tjm-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds .trainjob-migrate.yaml at a root, and nothing where there is none', async () => {
    expect(await findConfigAt(dir)).toBeUndefined();
    await writeFile(join(dir, CONFIG_FILE_NAME), 'runtime: torch-gpu\n');
    const found = await findConfigAt(dir);
    expect(found?.settings.runtime).toBe('torch-gpu');
    expect(found?.file).toBe(join(dir, CONFIG_FILE_NAME));
  });

  it('names a missing --config file', async () => {
    await expect(loadConfigFile(join(dir, 'missing.yaml'))).rejects.toThrow(
      /missing\.yaml: cannot read the config file \(no such file\)/,
    );
  });
});

describe('parseByteSize', () => {
  it('reads bytes and binary units', () => {
    expect(parseByteSize(2048)).toBe(2048);
    expect(parseByteSize('2048')).toBe(2048);
    expect(parseByteSize('5MB')).toBe(5 * 1024 * 1024);
    expect(parseByteSize('512KiB')).toBe(512 * 1024);
    expect(parseByteSize('1.5k')).toBe(1536);
  });

  it('refuses what is not a size', () => {
    expect(parseByteSize('lots')).toBeUndefined();
    expect(parseByteSize(0)).toBeUndefined();
    expect(parseByteSize(1.5)).toBeUndefined();
    expect(parseByteSize('0MB')).toBeUndefined();
  });
});
