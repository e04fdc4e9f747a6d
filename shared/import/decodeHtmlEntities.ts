const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bdquo: '„', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', bull: '•' }

/** Decodes the HTML entities HTML fragments in converted text typically contain; unknown ones stay as they are. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10))
    return namedEntities[entity.toLowerCase()] ?? whole
  })
}
