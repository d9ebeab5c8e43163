/** `5MB`, `512KiB`, `1048576` → bytes (k/M/G are powers of 1024, as file sizes usually are). */
export function parseByteSize(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) return undefined;
  const units: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  const bytes = Math.round(Number(match[1]) * (units[(match[2] ?? '').toLowerCase()] ?? 1));
  return bytes > 0 ? bytes : undefined;
}
