/**
 * The file name a Content-Disposition header suggests: the RFC 5987 `filename*` (UTF-8 or ISO-8859-1,
 * percent-encoded) where present, otherwise the plain `filename`; null if the header names none.
 */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    const decoded = decodeExtendedValue(extended[1] ?? '', extended[2].trim())
    if (decoded) return sanitizeFileName(decoded)
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)
  if (quoted?.[1]) return sanitizeFileName(quoted[1].replace(/\\(.)/g, '$1'))
  const token = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header)
  return token?.[1] ? sanitizeFileName(token[1]) : null
}

function decodeExtendedValue(charset: string, value: string): string | null {
  try {
    if (charset.trim().toLowerCase() === 'iso-8859-1') {
      const bytes = value.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      return bytes
    }
    return decodeURIComponent(value)
  } catch {
    // A broken escape: fall back to the plain `filename` parameter.
    return null
  }
}

/** The browser cleans the name too; this only keeps path separators and control characters out of it. */
function sanitizeFileName(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]/g, '-').trim()
  return cleaned || null
}
