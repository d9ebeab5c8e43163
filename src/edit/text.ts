/** Line-level helpers over a source text that uses `\n` line breaks. */

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  columnOf(offset: number): number {
    return offset - (this.starts[this.lineOf(offset)] as number);
  }

  lineStart(line: number): number {
    return this.starts[line] as number;
  }

  /** Offset just past the last character of the line, before its `\n`. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  line(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  return i;
}

export const isBlank = (line: string): boolean => line.trim() === '';

export const isCommentLine = (line: string): boolean => line.trimStart().startsWith('#');

/**
 * Moves lines `delta` columns right (or left). A line that has less indentation than a left move
 * removes can only be a comment (anything else would have ended the block it belongs to), so it is
 * placed at `floor`; blank lines stay blank.
 */
export function shiftLines(lines: readonly string[], delta: number, floor: number): string[] {
  return lines.map((line) => {
    if (isBlank(line)) return '';
    const indent = indentOf(line);
    const next = indent + delta;
    if (next >= 0 && (next >= floor || !isCommentLine(line))) return ' '.repeat(next) + line.slice(indent);
    return ' '.repeat(floor) + line.slice(indent);
  });
}

export type LineEnding = '\n' | '\r\n';

/** The text's line ending, when it uses one consistently; `undefined` for mixed endings. */
export function detectLineEnding(text: string): LineEnding | undefined {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1;
  if (crlf === 0) return '\n';
  return crlf === lf ? '\r\n' : undefined;
}

export const BOM = '\uFEFF';
