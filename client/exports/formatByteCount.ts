const units = ['Byte', 'KB', 'MB', 'GB']

/** "830 Byte", "12,4 KB", "1,2 MB" (German number format, 1 KB = 1024 Byte). */
export function formatByteCount(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`
}
