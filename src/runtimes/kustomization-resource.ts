/** Adds one entry to a kustomization's `resources` list as a text edit, keeping everything else. */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** The new text, the same text when the entry is listed, or undefined when it cannot be edited safely. */
export function addKustomizeResource(text: string, entry: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'resources');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (!pair) {
    const body = text.length === 0 || text.endsWith('\n') ? text : `${text}${newline}`;
    return `${body}resources:${newline}- ${entry}${newline}`;
  }
  const list = pair.value;
  if (!isSeq(list) || !list.range) return undefined;
  if (list.items.some((item) => isScalar(item) && item.value === entry)) return text;
  const last = list.items.at(-1);
  if (list.flow) {
    const close = text.lastIndexOf(']', list.range[1]);
    if (close < 0) return undefined;
    return `${text.slice(0, close).replace(/\s*$/, '')}${last ? ', ' : ''}${entry}${text.slice(close)}`;
  }
  if (!last || !isScalar(last) || !last.range) return undefined;
  const lineStart = text.lastIndexOf('\n', last.range[0]) + 1;
  const dash = text.slice(lineStart, last.range[0]).match(/^(\s*-\s*)/)?.[1];
  if (dash === undefined) return undefined;
  const lineEnd = text.indexOf('\n', last.range[1]);
  if (lineEnd < 0) return `${text}${newline}${dash}${entry}`;
  return `${text.slice(0, lineEnd + 1)}${dash}${entry}${newline}${text.slice(lineEnd + 1)}`;
}

/** The text without `entry` in `resources` (its whole line, or its flow item); the same text when absent. */
export function removeKustomizeResource(text: string, entry: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  const list = doc.contents.get('resources', true);
  if (!isSeq(list)) return text;
  const item = list.items.find((node) => isScalar(node) && node.value === entry);
  if (!isScalar(item) || !item.range) return text;
  const [start, end] = item.range;
  if (list.flow) {
    const before = text.slice(0, start).replace(/,\s*$/, '');
    const after = before.length < start ? text.slice(end) : text.slice(end).replace(/^\s*,\s*/, '');
    return before + after;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(0, lineStart) + (lineEnd === -1 ? '' : text.slice(lineEnd + 1));
}
