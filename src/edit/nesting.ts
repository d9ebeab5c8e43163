/**
 * A cheap guard before parsing: the YAML library and the editor recurse once per nesting level, and a
 * hostile file thousands of levels deep would exhaust the stack. Real manifests nest a few dozen
 * levels; anything deeper than this is refused with a plain message.
 */
export const MAX_NESTING = 200;

/**
 * The 1-based line where the nesting first goes deeper than `limit` levels, or undefined. Counts
 * block indentation levels, `- ` sequence entries on one line and open flow brackets; skips block
 * scalars, quoted text and comments. It may count a level too many on odd layouts, never many.
 */
export function lineNestedDeeperThan(text: string, limit = MAX_NESTING): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarParent: number | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    // The content starts at the first non-space character, so its first occurrence is there.
    const indent = line.indexOf(content);
    if (blockScalarParent !== undefined && indent > blockScalarParent) continue;
    blockScalarParent = undefined;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
      indents.push(indent);
    }
    const dashes = content.startsWith('-') ? leadingDashes(content) : 0;
    const brackets = flowBrackets(content);
    if (indents.length + dashes + flow + brackets.peak > limit) return index + 1;
    flow = Math.max(0, flow + brackets.delta);
    if (flow === 0 && mayOpenBlockScalar(content)) blockScalarParent = indent;
  }
  return undefined;
}

/** The `- ` sequence entries a line starts with. */
const leadingDashes = (content: string): number =>
  /^(?:-\s+)*/.exec(content)?.[0].replace(/\s+/g, '').length ?? 0;

const BLOCK_SCALAR_HEADER = /[|>][-+0-9]*\s*(?:#.*)?$/;

const mayOpenBlockScalar = (content: string): boolean =>
  (content.includes('|') || content.includes('>')) && BLOCK_SCALAR_HEADER.test(content);

/** Open minus closed flow brackets on one line, outside quotes and comments, and their deepest point. */
function flowBrackets(line: string): { delta: number; peak: number } {
  let delta = 0;
  let peak = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || line[i - 1] === ' ')) break;
    else if (char === '[' || char === '{') peak = Math.max(peak, ++delta);
    else if (char === ']' || char === '}') delta--;
  }
  return { delta, peak };
}
