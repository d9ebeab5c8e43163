import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  resolveFormat,
  resolveMigrationOptions,
  sharedOptionSpec,
} from '../../src/config/resolve-options.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { UsageError } from '../../src/util/usage-error.js';

const env = { cwd: '/work/repo' };
const flags = (args: string[]) => parseArgs({ args, options: sharedOptionSpec, strict: true }).values;
const config = (settings: LoadedConfig['settings']): LoadedConfig => ({
  file: '/repos/app/.trainjob-migrate.yaml',
  settings,
});

describe('resolveMigrationOptions', () => {
  it('uses the defaults when neither flags nor a config file say anything', () => {
    expect(resolveMigrationOptions({}, undefined, env)).toEqual(DEFAULT_MIGRATION_OPTIONS);
  });

  it('maps every conversion flag onto the conversion options', () => {
    const options = resolveMigrationOptions(
      flags([
        '--runtime=torch-gpu',
        '--runtime-kind=TrainingRuntime',
        '--trainer-version=2.1',
        '--strategy=side-by-side',
        '--name-suffix=-new',
        '--allow-lossy',
        '--patch-manager=example.com/m',
        '--include=a/**',
        '--include=b/**',
        '--exclude=c/**',
        '--max-file-size=1MB',
        '--concurrency=2',
        '--crd=crds/trainjob.yaml',
      ]),
      undefined,
      env,
    );
    expect(options.convert).toEqual({
      runtimeName: 'torch-gpu',
      runtimeKind: 'TrainingRuntime',
      trainerVersion: '2.1',
      strategy: 'side-by-side',
      nameSuffix: '-new',
      allowLossy: true,
      patchManager: 'example.com/m',
    });
    expect(options.scan.include).toEqual(['a/**', 'b/**']);
    expect(options.scan.exclude).toEqual(['c/**']);
    expect(options.scan.maxFileSize).toBe(1024 * 1024);
    expect(options.inputConcurrency).toBe(2);
    expect(options.crd).toBe('/work/repo/crds/trainjob.yaml');
  });

  it('takes the config file where no flag is given, and flags win where both are', () => {
    const file = config({
      runtime: 'from-file',
      strategy: 'side-by-side',
      maxFileSize: '2KB',
      crd: 'crd.yaml',
    });
    const options = resolveMigrationOptions(flags(['--runtime=from-flag']), file, env);
    expect(options.convert.runtimeName).toBe('from-flag');
    expect(options.convert.strategy).toBe('side-by-side');
    expect(options.scan.maxFileSize).toBe(2048);
    expect(options.crd).toBe('/repos/app/crd.yaml');
  });

  it('keeps per-path overrides, minus the keys a flag fixed for every path', () => {
    const file = config({
      overrides: [
        { path: 'clusters/gpu/**', runtime: 'torch-gpu', trainerVersion: '2.2' },
        { path: 'legacy/**', runtime: 'old' },
      ],
    });
    expect(resolveMigrationOptions({}, file, env).overrides).toEqual([
      { path: 'clusters/gpu/**', options: { runtimeName: 'torch-gpu', trainerVersion: '2.2' } },
      { path: 'legacy/**', options: { runtimeName: 'old' } },
    ]);
    expect(resolveMigrationOptions(flags(['--runtime=x']), file, env).overrides).toEqual([
      { path: 'clusters/gpu/**', options: { trainerVersion: '2.2' } },
    ]);
  });

  it.each([
    [['--trainer-version=3.0'], /--trainer-version must be one of 2\.0, 2\.1, 2\.2, 2\.3 \(got "3\.0"\)/],
    [['--strategy=merge'], /--strategy must be one of replace, side-by-side/],
    [['--runtime-kind=Runtime'], /--runtime-kind must be one of ClusterTrainingRuntime, TrainingRuntime/],
    [['--concurrency=0'], /--concurrency must be a whole number from 1 to 64/],
    [['--max-file-size=big'], /--max-file-size must be a number of bytes/],
    [['--runtime='], /--runtime must not be empty/],
  ])('rejects %j with a usage error naming the flag and the allowed values', (args, message) => {
    expect(() => resolveMigrationOptions(flags(args), undefined, env)).toThrow(UsageError);
    expect(() => resolveMigrationOptions(flags(args), undefined, env)).toThrow(message);
  });

  it('leaves the default conversion settings untouched', () => {
    resolveMigrationOptions(flags(['--runtime=changed']), undefined, env);
    expect(DEFAULT_CONVERT_OPTIONS.runtimeName).toBe('torch-distributed');
  });
});

describe('resolveFormat', () => {
  it('prefers the flag, then the config file, then text', () => {
    expect(resolveFormat({}, undefined)).toBe('text');
    expect(resolveFormat({}, config({ format: 'sarif' }))).toBe('sarif');
    expect(resolveFormat({ format: 'json' }, config({ format: 'sarif' }))).toBe('json');
    expect(() => resolveFormat({ format: 'xml' }, undefined)).toThrow(
      /--format must be one of text, json, markdown, sarif/,
    );
  });
});
