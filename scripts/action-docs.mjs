// Writes the inputs and outputs tables of docs/action.md from action.yml, between the marker comments.
// `--check` changes nothing and exits 1 when the tables are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const actionFile = join(root, 'action.yml');
const docFile = join(root, 'docs', 'action.md');

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
const code = (text) => (text === '' ? '(empty)' : `\`${text}\``);

export function renderTables(action) {
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs ?? {}).map(
      ([name, input]) => `| \`${name}\` | ${cell(code(input.default ?? ''))} | ${cell(input.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs ?? {}).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
    ),
  ].join('\n');
  return { inputs, outputs };
}

function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start (generated from action.yml by scripts/action-docs.mjs) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${docFile}: the markers ${start} ... ${end} are missing.`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function renderDoc(docText, actionText) {
  const tables = renderTables(parse(actionText));
  return replaceBetween(
    replaceBetween(docText, 'action-inputs', tables.inputs),
    'action-outputs',
    tables.outputs,
  );
}

const current = readFileSync(docFile, 'utf8');
const fresh = renderDoc(current, readFileSync(actionFile, 'utf8'));
if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error(
      'docs/action.md does not match action.yml: run `node scripts/action-docs.mjs` and commit it.',
    );
    process.exit(1);
  }
} else if (fresh !== current) {
  writeFileSync(docFile, fresh);
}
