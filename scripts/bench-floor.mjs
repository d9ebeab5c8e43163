// What the bench's work costs in a bare Node process, with none of the tool: the floor under its rows.
// Run by scripts/bench.mjs beside the tool, so the goals can be read against what cannot be avoided.
//   node scripts/bench-floor.mjs read ROOT              list the tree and read every file
//   node scripts/bench-floor.mjs parse ROOT             the same, and parse each PyTorchJob file once
//   node scripts/bench-floor.mjs write ROOT CONVERTED   for each PyTorchJob file: read it, parse it, parse
//       the text the tool wrote for it (the same path under CONVERTED, loaded before the clock starts),
//       write that text to a temp file, fsync the temp files 16 at a time, rename each over its file
//       and fsync the folders: the checks and the durability a written file must have, and no conversion.
// Prints {"files", "jobs", "setupMs"}: jobs are the files that name PyTorchJob (counted when parsed),
// setupMs the time spent loading CONVERTED, to subtract.
// Parsing is what the tool needs of the `yaml` library: the syntax tree kept, every document composed
// and read back as a value.
import { closeSync, constants, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const [mode, root, converted] = process.argv.slice(2);
if (!['read', 'parse', 'write'].includes(mode) || !root || (mode === 'write' && !converted)) {
  console.error('usage: bench-floor.mjs read|parse ROOT | write ROOT CONVERTED');
  process.exit(2);
}

const setupStart = performance.now();
const outputs = mode === 'write' ? loadOutputs(converted) : new Map();
const setupMs = performance.now() - setupStart;

// Loaded only when it is used, so the `read` floor does not pay for it.
const { parseAllDocuments } = mode === 'read' ? {} : await import('yaml');
const parse = (text) => {
  for (const doc of parseAllDocuments(text, { keepSourceTokens: true })) doc.toJS();
};

let files = 0;
let jobs = 0;
const written = [];
// The quickest of the ways measured here to list and read a tree from Node (a recursive readdir, then
// readFileSync; a walk by hand, reads into one reused buffer, or 32 reads at once were no faster).
for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const bytes = readFileSync(path);
  files += 1;
  if (mode === 'read' || !bytes.includes('PyTorchJob')) continue;
  jobs += 1;
  parse(bytes.toString('utf8'));
  if (mode === 'parse') continue;
  const output = outputs.get(relative(root, path));
  if (output === undefined) throw new Error(`${path}: no converted text beside it in ${converted}`);
  parse(output);
  const temp = `${path}.floor-tmp`;
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  writeSync(fd, output);
  closeSync(fd);
  written.push({ path, temp });
}

let next = 0;
const syncNext = async () => {
  while (next < written.length) {
    const handle = await open(written[next++].temp, 'r');
    await handle.sync();
    await handle.close();
  }
};
await Promise.all(Array.from({ length: 16 }, syncNext));
for (const { path, temp } of written) renameSync(temp, path);
await Promise.all(
  [...new Set(written.map(({ path }) => dirname(path)))].map(async (folder) => {
    const handle = await open(folder, 'r');
    await handle.sync();
    await handle.close();
  }),
);
console.log(JSON.stringify({ files, jobs, setupMs }));

/** Every file's text under `folder`, by path relative to it. */
function loadOutputs(folder) {
  const texts = new Map();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    texts.set(relative(folder, path), readFileSync(path, 'utf8'));
  }
  return texts;
}
