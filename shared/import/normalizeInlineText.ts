/** Collapses whitespace (tabs included), trims, and removes the stray space conversions leave before punctuation. */
export function normalizeInlineText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])(?=\s|$)/g, '$1')
    .trim()
}
