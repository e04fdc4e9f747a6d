import { decodeHtmlEntities } from './decodeHtmlEntities'
import { normalizeInlineText } from './normalizeInlineText'

/**
 * The list items in one bullet line or HTML list fragment: `<ul style="…">• A.• B.` gives "A." and "B.",
 * `<ul …>Text` without bullets gives one item, `- Text` gives "Text". Tags are stripped.
 */
export function splitListItems(line: string): string[] {
  // A tag ends before the next '<': with [^>]* a run of unclosed '<' would be scanned to the end from each one.
  const text = decodeHtmlEntities(line.replace(/<li\b[^<>]*>/gi, '•').replace(/<[^<>]*>/g, ' '))
  return text
    .replace(/^\s*[-–]\s+/, '')
    .split(/[•▪◦]/)
    .map((item) => normalizeInlineText(item))
    .filter((item) => item.length > 0)
}
