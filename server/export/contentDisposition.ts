const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', '–': '-', '—': '-', '„': '"', '“': '"', '”': '"', '‚': "'", '‘': "'", '’': "'" }

/**
 * A Content-Disposition header for a download: the German file name in `filename*` (RFC 5987/6266, UTF-8,
 * percent-encoded) and an ASCII transliteration in `filename` for clients that know nothing else.
 */
export function contentDisposition(fileName: string): string {
  const ascii = [...fileName]
    .map((character) => transliterations[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, "'")
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
