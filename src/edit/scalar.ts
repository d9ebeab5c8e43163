import { stringify } from 'yaml';

/**
 * Rendered strings by value. Keys and most values repeat across jobs and files, and rendering one
 * costs two `stringify` calls; the memo is emptied when full so its memory stays bounded.
 */
const renderedStrings = new Map<string, string>();
const MAX_RENDERED_STRINGS = 4096;

/**
 * Renders a new scalar. Strings are quoted whenever YAML 1.1 (what Kubernetes' decoder follows for
 * booleans such as `on`/`yes`) or 1.2 would read them as anything but that string.
 */
export function renderScalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  let rendered = renderedStrings.get(text);
  if (rendered === undefined) {
    rendered = renderString(text);
    if (renderedStrings.size >= MAX_RENDERED_STRINGS) renderedStrings.clear();
    renderedStrings.set(text, rendered);
  }
  return rendered;
}

function renderString(text: string): string {
  if (text.includes('\n') || text.includes('\r')) return JSON.stringify(text);
  const rendered = stringify(text, { version: '1.1', lineWidth: 0 }).trimEnd();
  // Block scalars and anything spanning lines are not wanted on one line.
  if (rendered.includes('\n') || rendered.startsWith('|') || rendered.startsWith('>'))
    return JSON.stringify(text);
  const plain12 = stringify(text, { lineWidth: 0 }).trimEnd();
  const needsQuotes = plain12.startsWith('"') || plain12.startsWith("'");
  if (needsQuotes && !rendered.startsWith('"') && !rendered.startsWith("'")) return plain12;
  return rendered;
}

/**
 * The source text of a scalar rewritten to a new string value in the same quote style.
 * Falls back to `renderScalar` when the old style cannot hold the new value.
 */
export function replaceScalarSource(oldSource: string, value: string): string {
  const first = oldSource[0];
  if (first === '"') return JSON.stringify(value);
  if (first === "'") return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  return renderScalar(value);
}
