/** Git's own heuristic: a NUL byte in the first 8 KiB marks a file as binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export function looksBinary(content: Buffer): boolean {
  const head = content.subarray(0, BINARY_SNIFF_BYTES);
  return head.indexOf(0) !== -1;
}

// ignoreBOM keeps a leading BOM in the text, so a rewrite can write it back unchanged.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(content: Buffer): string | undefined {
  try {
    return strictUtf8.decode(content);
  } catch {
    return undefined;
  }
}
