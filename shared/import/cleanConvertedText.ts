import { isConversionDebris } from './isConversionDebris'
import { removeTableOfContents } from './removeTableOfContents'

export interface CleanedText {
  /** Lines with blank lines kept (runs of them mark page breaks); empty when the text has no content. */
  lines: string[]
  warnings: string[]
}

/**
 * Normalises text from a PDF/Word/web conversion: line endings, exotic spaces and invisible characters;
 * trailing whitespace and leading whitespace (except the leading tabs of a table row); drops conversion
 * debris and tables of contents, listing them in the warnings.
 */
export function cleanConvertedText(text: string): CleanedText {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
  const warnings: string[] = []
  const kept: string[] = []
  for (const raw of normalized.split('\n')) {
    const line = cleanLine(raw)
    if (line && isConversionDebris(line.trim())) {
      warnings.push(`Umwandlungsrest entfernt: „${line.trim()}“`)
      continue
    }
    kept.push(line)
  }
  const { lines, removedEntries } = removeTableOfContents(kept)
  if (removedEntries > 0) warnings.push(`Inhaltsverzeichnis mit ${removedEntries} Einträgen entfernt – es ergibt sich aus den Überschriften.`)
  while (lines.length > 0 && !lines[0]!.trim()) lines.shift()
  while (lines.length > 0 && !lines[lines.length - 1]!.trim()) lines.pop()
  return { lines, warnings }
}

function cleanLine(raw: string): string {
  // trimEnd strips exactly what /\s+$/ matched, in linear time (that regex is quadratic on long whitespace runs).
  const line = raw.trimEnd()
  const withoutLeadingSpaces = line.replace(/^ +/, '')
  // A leading tab marks an empty first cell only when the line has more cells.
  return hasCellAfterLeadingTabs(withoutLeadingSpaces) ? withoutLeadingSpaces : line.trim()
}

function hasCellAfterLeadingTabs(line: string): boolean {
  let index = 0
  while (line[index] === '\t') index += 1
  const nextTab = line.indexOf('\t', index)
  return nextTab > index
}
