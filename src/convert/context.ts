import type { ConvertOptions, Path } from '../model/conversion.js';
import type { Layout } from './layout.js';
import type { Ledger } from './ledger.js';
import type { OutputBuilder } from './output.js';

/** What every mapping step reads and writes during one conversion. */
export interface ConvertContext {
  input: Record<string, unknown>;
  options: ConvertOptions;
  ledger: Ledger;
  output: OutputBuilder;
  layout: Layout;
}

/** A value shown inside a message: short, on one line. */
export function show(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `null`, `{}` and `[]` mean the same as leaving the field out. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

export const EMPTY_REASON = 'empty; the same as leaving the field out';

/** Accounts `path` as dropped when its value is empty; returns whether it did. */
export function dropIfEmpty(ctx: ConvertContext, path: Path, value: unknown): boolean {
  if (!isEmptyValue(value)) return false;
  ctx.ledger.dropped(path, EMPTY_REASON);
  return true;
}

/** A custom runtime hint used by several messages. */
export function customRuntimeHint(ctx: ConvertContext, what: string): string {
  return `create a custom ClusterTrainingRuntime (a copy of ${ctx.options.runtimeName}) with ${what}, and pass its name with --runtime`;
}
