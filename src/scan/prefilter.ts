/**
 * The raw-byte prefilter: a file is parsed only if its bytes contain one of the needles.
 * Searching the Buffer avoids decoding the 99% of files that are unrelated.
 */
export function compileNeedles(needles: readonly string[]): Buffer[] {
  return needles.filter((needle) => needle.length > 0).map((needle) => Buffer.from(needle, 'utf8'));
}

export function containsAnyNeedle(content: Buffer, needles: readonly Buffer[]): boolean {
  return needles.some((needle) => content.indexOf(needle) !== -1);
}
