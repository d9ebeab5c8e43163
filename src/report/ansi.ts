/** Minimal ANSI styling; every function is the identity when colour is off. */
export interface Palette {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOR_PALETTE: Palette = {
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  bold: wrap(1, 22),
};

const identity = (text: string): string => text;
export const PLAIN_PALETTE: Palette = {
  red: identity,
  green: identity,
  yellow: identity,
  cyan: identity,
  bold: identity,
};

export const paletteFor = (color: boolean): Palette => (color ? COLOR_PALETTE : PLAIN_PALETTE);

/** Colours a unified diff line by line: removals red, additions green, hunk headers cyan. */
export function colorizeDiff(diff: string, palette: Palette): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('==='))
        return palette.bold(line);
      if (line.startsWith('+')) return palette.green(line);
      if (line.startsWith('-')) return palette.red(line);
      if (line.startsWith('@@')) return palette.cyan(line);
      return line;
    })
    .join('\n');
}
