/** A message as one line: line breaks and the whitespace around them become one space. */
export function oneLine(message: string): string {
  return message.trim().replace(/\s*\r?\n\s*/g, ' ');
}
