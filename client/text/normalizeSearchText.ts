/** Lower case without diacritics or spaces, so that "Überschrift 1", "ueberschrift1" and "uberschrift" compare alike. */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-_.]+/g, '')
}
