const maxStemLength = 150

/**
 * A file name for a download: characters that no file system accepts (/ \ : * ? " < > | and control
 * characters) replaced, spaces collapsed, the stem shortened to a sane length.
 */
export function exportFileName(stem: string, extension: string): string {
  let cleaned = stem
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  if (cleaned.length > maxStemLength) cleaned = `${cleaned.slice(0, maxStemLength - 1).trimEnd()}…`
  return `${cleaned || 'Export'}.${extension}`
}
