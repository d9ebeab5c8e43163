/** The name of a generated runtime: torch-distributed plus a short, stable, readable suffix. */
import { createHash } from 'node:crypto';
import type { RuntimeSetting } from '../model/conversion.js';

export const GENERATED_RUNTIME_PREFIX = 'torch-distributed-';
const MAX_NAME_LENGTH = 63;
const HASH_LENGTH = 6;

/** Short words for the common settings; anything else is named by its field. */
const FIELD_WORDS: Record<string, string> = {
  priorityClassName: 'prio',
  schedulerName: 'sched',
  restartPolicy: 'restart',
  backoffLimit: 'backoff',
  ttlSecondsAfterFinished: 'ttl',
  imagePullPolicy: 'pull',
  activeDeadlineSeconds: 'deadline',
  runtimeClassName: 'rtclass',
  dnsPolicy: 'dns',
  preemptionPolicy: 'preempt',
};

interface Token {
  text: string;
  /** The text identifies the value completely (no hash needed for it). */
  exact: boolean;
}

const toLabel = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function tokensOf(settings: RuntimeSetting): Token[] {
  const tokens: Token[] = [];
  for (const section of ['jobSetSpec', 'jobSpec', 'podSpec', 'container'] as const) {
    const fields = settings[section] ?? {};
    for (const key of Object.keys(fields).sort()) {
      const value = fields[key];
      if (key === 'containers' || key === 'initContainers') {
        const word = key === 'containers' ? 'sidecar' : 'init';
        for (const container of Array.isArray(value) ? value : []) {
          const name = (container as { name?: unknown }).name;
          tokens.push({ text: `${word}-${toLabel(String(name))}`, exact: false });
        }
      } else if (typeof value === 'boolean') {
        tokens.push({ text: `${value ? '' : 'no-'}${toLabel(key)}`, exact: true });
      } else if (typeof value === 'string' || typeof value === 'number') {
        const shown = toLabel(String(value));
        tokens.push({ text: `${FIELD_WORDS[key] ?? toLabel(key)}-${shown}`, exact: shown === String(value) });
      } else {
        tokens.push({ text: FIELD_WORDS[key] ?? toLabel(key), exact: false });
      }
    }
  }
  return tokens;
}

/** JSON with sorted keys: the same settings always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function settingsHash(settings: RuntimeSetting): string {
  return createHash('sha256').update(canonical(settings)).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * `torch-distributed-backoff-3-prio-high`: the settings in words, in a fixed order, so one set of
 * settings always gets one name and different sets get different names. A short hash is added when
 * the words do not pin the values down (containers, structured values) or the name would pass 63
 * characters (an RFC 1035 label).
 */
export function generatedRuntimeName(settings: RuntimeSetting): string {
  const tokens = tokensOf(settings);
  const words = tokens.map((token) => token.text).join('-');
  const exact = tokens.every((token) => token.exact);
  const room = MAX_NAME_LENGTH - GENERATED_RUNTIME_PREFIX.length;
  if (exact && words.length > 0 && words.length <= room) return `${GENERATED_RUNTIME_PREFIX}${words}`;
  const hash = settingsHash(settings);
  // Whole words only, as many as fit before the hash.
  const kept: string[] = [];
  let length = 0;
  for (const token of tokens) {
    const text = token.text.slice(0, room - HASH_LENGTH - 1);
    if (length + text.length + 1 > room - HASH_LENGTH) break;
    kept.push(text);
    length += text.length + 1;
  }
  return `${GENERATED_RUNTIME_PREFIX}${kept.map((text) => `${text}-`).join('')}${hash}`;
}
