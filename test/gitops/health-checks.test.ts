/**
 * The TrainJob health checks that docs/gitops.md and the apps analyser hand to users, run as Argo CD
 * and Flux run them: the Lua one in a real Lua VM with only the libraries Argo CD opens, the Flux one
 * in a real CEL implementation with Flux's evaluation order. The TrainJobs are checked against the
 * TrainJob CRD's status schema first, so the cases are ones the Trainer can write.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { evaluate } from '@marcbachmann/cel-js';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseGitOpsText } from '../../src/gitops/apps/parse.js';
import { projectRoot, requireShared, sharedPath } from '../helpers/shared.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// fengari ships no type declarations: the few calls used here, typed by hand.
interface LuaState {
  readonly __brand: 'lua_State';
}
interface Fengari {
  to_luastring(text: string): Uint8Array;
  lua: {
    LUA_OK: number;
    LUA_TTABLE: number;
    LUA_TSTRING: number;
    LUA_TNIL: number;
    lua_pushnil(L: LuaState): void;
    lua_pushboolean(L: LuaState, value: boolean): void;
    lua_pushnumber(L: LuaState, value: number): void;
    lua_pushstring(L: LuaState, value: Uint8Array): void;
    lua_createtable(L: LuaState, narr: number, nrec: number): void;
    lua_rawseti(L: LuaState, index: number, n: number): void;
    lua_setfield(L: LuaState, index: number, key: Uint8Array): void;
    lua_getfield(L: LuaState, index: number, key: Uint8Array): number;
    lua_setglobal(L: LuaState, name: Uint8Array): void;
    lua_pcall(L: LuaState, nargs: number, nresults: number, msgh: number): number;
    lua_pop(L: LuaState, n: number): void;
    lua_type(L: LuaState, index: number): number;
    lua_tojsstring(L: LuaState, index: number): string;
  };
  lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadstring(L: LuaState, chunk: Uint8Array): number;
    luaL_requiref(L: LuaState, name: Uint8Array, open: unknown, global: number): void;
  };
  lualib: { luaopen_base: unknown; luaopen_table: unknown };
}

const fengari = createRequire(import.meta.url)('fengari') as Fengari;
const { lua, lauxlib, lualib, to_luastring } = fengari;

/** Argo CD's health result: `status` must be one of its codes, `message` is shown beside it. */
interface ArgoHealth {
  status: string;
  message: string | undefined;
}

const ARGO_HEALTH_CODES = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown'];

/** A JSON value as Argo CD hands it to Lua: objects and arrays become tables, arrays 1-based. */
function pushJson(L: LuaState, value: Json | undefined): void {
  if (value === null || value === undefined) lua.lua_pushnil(L);
  else if (typeof value === 'boolean') lua.lua_pushboolean(L, value);
  else if (typeof value === 'number') lua.lua_pushnumber(L, value);
  else if (typeof value === 'string') lua.lua_pushstring(L, to_luastring(value));
  else if (Array.isArray(value)) {
    lua.lua_createtable(L, value.length, 0);
    value.forEach((item, index) => {
      pushJson(L, item);
      lua.lua_rawseti(L, -2, index + 1);
    });
  } else {
    lua.lua_createtable(L, 0, Object.keys(value).length);
    for (const [key, item] of Object.entries(value)) {
      pushJson(L, item);
      lua.lua_setfield(L, -2, to_luastring(key));
    }
  }
}

function stringField(L: LuaState, key: string): string | undefined {
  const type = lua.lua_getfield(L, -1, to_luastring(key));
  const value = type === lua.LUA_TSTRING ? lua.lua_tojsstring(L, -1) : undefined;
  lua.lua_pop(L, 1);
  if (type !== lua.LUA_TSTRING && type !== lua.LUA_TNIL) throw new Error(`hs.${key} is not a string`);
  return value;
}

/**
 * Runs a health script as Argo CD does for a `resource.customizations.health.*` entry: the object as
 * the global `obj`, and only the base and table libraries (Argo CD opens no `string` or `math` for
 * argocd-cm scripts unless `useOpenLibs` is set), so a call into any other library fails here too.
 */
function runArgoHealth(script: string, object: JsonObject): ArgoHealth {
  const L = lauxlib.luaL_newstate();
  lauxlib.luaL_requiref(L, to_luastring('_G'), lualib.luaopen_base, 1);
  lua.lua_pop(L, 1);
  lauxlib.luaL_requiref(L, to_luastring('table'), lualib.luaopen_table, 1);
  lua.lua_pop(L, 1);
  pushJson(L, object);
  lua.lua_setglobal(L, to_luastring('obj'));
  const loaded = lauxlib.luaL_loadstring(L, to_luastring(script));
  if (loaded !== lua.LUA_OK) throw new Error(`the script does not load: ${lua.lua_tojsstring(L, -1)}`);
  if (lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) {
    throw new Error(`the script failed: ${lua.lua_tojsstring(L, -1)}`);
  }
  if (lua.lua_type(L, -1) !== lua.LUA_TTABLE) throw new Error('the script did not return a table');
  return { status: stringField(L, 'status') ?? '', message: stringField(L, 'message') };
}

/** Drops comments and string literals, so the syntax scan below sees only code. */
function luaCodeOnly(script: string): string {
  return script
    .replace(/--\[(=*)\[[\s\S]*?\]\1\]/g, ' ')
    .replace(/\[(=*)\[[\s\S]*?\]\1\]/g, '""')
    .replace(/--[^\n]*/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
}

/**
 * Lua newer than 5.1 that gopher-lua (Argo CD's VM) rejects, which a 5.3 VM such as fengari would run:
 * goto and labels, integer division, bitwise operators, and the 5.2+ library additions.
 */
function luaBeyondGopherLua(script: string): string[] {
  const code = luaCodeOnly(script);
  const checks: Array<[RegExp, string]> = [
    [/\bgoto\b/, 'goto'],
    [/::/, 'labels (::name::)'],
    [/\/\//, 'integer division (//)'],
    [/&|\||<<|>>|~(?!=)/, 'bitwise operators'],
    [/\butf8\s*\./, 'the utf8 library'],
    [/\btable\s*\.\s*(?:unpack|pack|move)\b/, 'table.unpack/pack/move'],
    [/\b(?:rawlen|setmetatable\s*\(\s*[^)]*__gc)\b/, 'rawlen or __gc'],
    [/\b(?:string|math|io|debug|coroutine)\s*[.:]/, 'a library Argo CD does not open'],
    [/[)"'\]\w]\s*:\s*\w+\s*\(/, 'string methods (the string library is not opened)'],
  ];
  return checks.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
}

/** Flux's status names for a custom health check (kstatus). */
type FluxStatus = 'InProgress' | 'Failed' | 'Current' | 'Unknown';

interface HealthCheckExprs {
  apiVersion: string;
  kind: string;
  current: string;
  failed?: string;
  inProgress?: string;
}

/**
 * Flux's evaluation of `healthCheckExprs` (RFC 0009): observedGeneration first, then inProgress,
 * failed and current in that order, InProgress when none holds. An evaluation error is reported by
 * Flux as the resource's error with an unknown status, so it is `Unknown` here.
 */
function fluxHealth(exprs: HealthCheckExprs, object: JsonObject): FluxStatus {
  const status = object.status as JsonObject | undefined;
  const metadata = object.metadata as JsonObject;
  if (typeof status?.observedGeneration === 'number' && status.observedGeneration !== metadata.generation) {
    return 'InProgress';
  }
  const order: Array<[string | undefined, FluxStatus]> = [
    [exprs.inProgress, 'InProgress'],
    [exprs.failed, 'Failed'],
    [exprs.current, 'Current'],
  ];
  for (const [expression, result] of order) {
    if (expression === undefined) continue;
    let value: unknown;
    try {
      value = evaluate(expression, object);
    } catch {
      return 'Unknown';
    }
    if (typeof value !== 'boolean') throw new Error(`${expression} gave ${String(value)}, not a boolean`);
    if (value) return result;
  }
  return 'InProgress';
}

// ---- The TrainJobs: statuses the Trainer writes (trainer-v2-api.md §2.6), checked against the CRD.

interface Condition {
  type: 'Suspended' | 'Complete' | 'Failed';
  status: 'True' | 'False';
  reason: string;
  message: string;
}

const condition = (type: Condition['type'], status: Condition['status'], reason: string, message = '') => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime: '2026-03-01T10:00:00Z',
});

function trainJob(status?: JsonObject): JsonObject {
  const job: JsonObject = {
    apiVersion: 'trainer.kubeflow.org/v1alpha1',
    kind: 'TrainJob',
    metadata: { name: 'resnet', namespace: 'ml', generation: 1 },
    spec: { runtimeRef: { name: 'torch-distributed' }, trainer: { numNodes: 2 } },
  };
  if (status !== undefined) job.status = status;
  return job;
}

interface Case {
  name: string;
  job: JsonObject;
  argo: { status: string; message: RegExp };
  flux: FluxStatus;
}

const CASES: Case[] = [
  {
    name: 'no status at all (just created)',
    job: trainJob(),
    argo: { status: 'Progressing', message: /./ },
    // CEL cannot test for a missing top-level field: Flux reports the evaluation error until a status exists.
    flux: 'Unknown',
  },
  {
    name: 'a status with child jobs and no conditions yet',
    job: trainJob({
      jobsStatus: [{ name: 'node', ready: 0, succeeded: 0, failed: 0, active: 2, suspended: 0 }],
    }),
    argo: { status: 'Progressing', message: /./ },
    flux: 'InProgress',
  },
  {
    name: 'Suspended=True',
    job: trainJob({ conditions: [condition('Suspended', 'True', 'Suspended', 'TrainJob is suspended')] }),
    argo: { status: 'Suspended', message: /^TrainJob is suspended$/ },
    flux: 'InProgress',
  },
  {
    name: 'resumed (Suspended=False, reason Resumed)',
    job: trainJob({ conditions: [condition('Suspended', 'False', 'Resumed', 'TrainJob is resumed')] }),
    argo: { status: 'Progressing', message: /./ },
    flux: 'InProgress',
  },
  {
    name: 'Complete=True',
    job: trainJob({
      conditions: [
        condition('Suspended', 'False', 'Resumed', 'TrainJob is resumed'),
        condition('Complete', 'True', 'JobsCompleted', 'TrainJob is completed'),
      ],
    }),
    argo: { status: 'Healthy', message: /^TrainJob is completed$/ },
    flux: 'Current',
  },
  {
    name: 'Complete=True with an empty message (the CRD allows one)',
    job: trainJob({ conditions: [condition('Complete', 'True', 'JobsCompleted', '')] }),
    argo: { status: 'Healthy', message: /complete/i },
    flux: 'Current',
  },
  {
    name: 'Failed=True after its deadline',
    job: trainJob({
      conditions: [
        condition('Failed', 'True', 'DeadlineExceeded', 'TrainJob exceeded its activeDeadlineSeconds'),
      ],
    }),
    argo: { status: 'Degraded', message: /^TrainJob exceeded its activeDeadlineSeconds$/ },
    flux: 'Failed',
  },
  {
    name: 'Failed=True with an empty message names the reason',
    job: trainJob({ conditions: [condition('Failed', 'True', 'TrainingRuntimeNotSupported', '')] }),
    argo: { status: 'Degraded', message: /TrainingRuntimeNotSupported/ },
    flux: 'Failed',
  },
  {
    name: 'Failed=True while suspended: failure wins',
    job: trainJob({
      conditions: [
        condition('Suspended', 'True', 'Suspended', 'TrainJob is suspended'),
        condition('Failed', 'True', 'DeadlineExceeded', 'deadline exceeded'),
      ],
    }),
    argo: { status: 'Degraded', message: /^deadline exceeded$/ },
    flux: 'Failed',
  },
  {
    name: 'Failed=False and Complete=False',
    job: trainJob({
      conditions: [
        condition('Failed', 'False', 'JobsRunning', 'running'),
        condition('Complete', 'False', 'JobsRunning', 'running'),
      ],
    }),
    argo: { status: 'Progressing', message: /./ },
    flux: 'InProgress',
  },
];

// ---- Where the scripts come from: the docs' code blocks and the analyser's output.

const docsText = (): string => readFileSync(`${projectRoot}/docs/gitops.md`, 'utf8');

/** The objects of every ```yaml block of a markdown text. */
function yamlBlocks(markdown: string): JsonObject[] {
  const blocks = [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) => parseAllDocuments(block).map((doc) => doc.toJS() as JsonObject));
}

const ARGO_KEY = 'resource.customizations.health.trainer.kubeflow.org_TrainJob';

function docsLuaScript(): string {
  const configMap = yamlBlocks(docsText()).find(
    (object) => (object.data as JsonObject | undefined)?.[ARGO_KEY],
  );
  const script = (configMap?.data as JsonObject | undefined)?.[ARGO_KEY];
  if (typeof script !== 'string') throw new Error(`docs/gitops.md has no argocd-cm block with ${ARGO_KEY}`);
  return script;
}

function docsFluxExprs(): HealthCheckExprs {
  for (const object of yamlBlocks(docsText())) {
    const exprs = ((object.spec as JsonObject | undefined)?.healthCheckExprs ?? []) as Json[];
    const entry = exprs.find((e) => (e as JsonObject).kind === 'TrainJob');
    if (entry) return entry as unknown as HealthCheckExprs;
  }
  throw new Error('docs/gitops.md has no Flux Kustomization block with healthCheckExprs for TrainJob');
}

/** What the analyser tells a user to add, given the PyTorchJob health checks it finds. */
function analyserEquivalents(): { lua: string; flux: HealthCheckExprs } {
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: argocd-cm, namespace: argocd}',
    'data:',
    '  resource.customizations.health.kubeflow.org_PyTorchJob: |',
    '    return {status = "Healthy"}',
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: {name: training, namespace: flux-system}',
    'spec:',
    '  path: ./training',
    '  sourceRef: {kind: GitRepository, name: flux-system}',
    '  healthCheckExprs:',
    '    - apiVersion: kubeflow.org/v1',
    '      kind: PyTorchJob',
    "      current: status.conditions.exists(e, e.type == 'Succeeded' && e.status == 'True')",
    '',
  ].join('\n');
  const { customisations } = parseGitOpsText('clusters/prod/gitops.yaml', text);
  const argo = customisations.find((c) => c.code === 'ARGO_HEALTH_CHECK');
  const flux = customisations.find((c) => c.code === 'FLUX_HEALTH_CHECK');
  if (!argo?.equivalent || !flux?.equivalent)
    throw new Error('the analyser gave no health check equivalents');
  const lua = (parse(argo.equivalent) as JsonObject)[ARGO_KEY];
  if (typeof lua !== 'string') throw new Error(`the analyser's equivalent has no ${ARGO_KEY}`);
  const [entry] = parse(flux.equivalent) as HealthCheckExprs[];
  if (!entry) throw new Error("the analyser's Flux equivalent is empty");
  return { lua, flux: entry };
}

// ---- The tests.

describe('the TrainJobs these checks run against', () => {
  it('have statuses the TrainJob CRD accepts', () => {
    if (!requireShared()) return;
    const crd = parse(
      readFileSync(sharedPath('kubeflow/v2/crds/trainer.kubeflow.org_trainjobs.yaml'), 'utf8'),
    );
    const version = crd.spec.versions.find((v: { name: string }) => v.name === 'v1alpha1');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      version.schema.openAPIV3Schema.properties.status,
    );
    for (const { name, job } of CASES) {
      if (job.status === undefined) continue;
      const valid = validate(job.status);
      expect(valid ? [] : [name, validate.errors], name).toEqual([]);
    }
  });
});

const SOURCES = {
  'docs/gitops.md': () => ({ lua: docsLuaScript(), flux: docsFluxExprs() }),
  'the apps analyser': analyserEquivalents,
};

for (const [source, scripts] of Object.entries(SOURCES)) {
  describe(`Argo CD Lua health check from ${source}`, () => {
    let script = '';
    beforeAll(() => {
      script = scripts().lua;
    });

    it('uses nothing gopher-lua (Lua 5.1) or Argo CD’s library set lacks', () => {
      expect(luaBeyondGopherLua(script)).toEqual([]);
    });

    for (const { name, job, argo } of CASES) {
      it(`${name} → ${argo.status}`, () => {
        const health = runArgoHealth(script, job);
        expect(ARGO_HEALTH_CODES).toContain(health.status);
        expect(health.status).toBe(argo.status);
        expect(health.message ?? '').toMatch(argo.message);
      });
    }
  });

  describe(`Flux healthCheckExprs from ${source}`, () => {
    let exprs: HealthCheckExprs;
    beforeAll(() => {
      exprs = scripts().flux;
    });

    it('targets trainer.kubeflow.org/v1alpha1 TrainJob', () => {
      expect([exprs.apiVersion, exprs.kind]).toEqual(['trainer.kubeflow.org/v1alpha1', 'TrainJob']);
    });

    for (const { name, job, flux } of CASES) {
      it(`${name} → ${flux}`, () => {
        expect(fluxHealth(exprs, job)).toBe(flux);
      });
    }
  });
}

describe('the checks the docs and the analyser give agree', () => {
  it('the analyser emits the script and the expressions of docs/gitops.md', () => {
    const emitted = analyserEquivalents();
    expect(emitted.lua).toBe(docsLuaScript());
    expect(emitted.flux).toEqual(docsFluxExprs());
  });
});

describe('the harness itself', () => {
  it('the Lua VM has no string library, as Argo CD’s does not, and reports script errors', () => {
    expect(() => runArgoHealth('return {status = string.upper("healthy")}', trainJob())).toThrow(/string/);
    expect(() => runArgoHealth('return 1', trainJob())).toThrow(/table/);
  });

  it('the syntax scan flags Lua 5.2+ that fengari would run but gopher-lua rejects', () => {
    const newer = 'local n = 7 // 2\nlocal b = 1 << 3\ngoto done\n::done::\nreturn {status = ("x"):upper()}';
    expect(luaBeyondGopherLua(newer)).toEqual([
      'goto',
      'labels (::name::)',
      'integer division (//)',
      'bitwise operators',
      'string methods (the string library is not opened)',
    ]);
    expect(luaBeyondGopherLua('-- a // comment\nlocal s = "a | b"\nif s ~= nil then return {} end')).toEqual(
      [],
    );
  });

  it('CEL reports a missing top-level field as an error, as cel-go does (Flux’s own tests rely on it)', () => {
    expect(() => evaluate('has(status.conditions)', { metadata: {} })).toThrow();
    expect(evaluate('has(status.conditions)', { status: {} })).toBe(false);
  });
});
