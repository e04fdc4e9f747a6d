import type { BeratungsfolgeEntry, BeschlussvorlageCover } from './BeschlussvorlageCover'
import { cleanConvertedText } from './cleanConvertedText'
import { locateCoverSheet } from './locateCoverSheet'
import { matchCoverSectionLabel, type CoverSectionKey } from './matchCoverSectionLabel'
import { normalizeInlineText } from './normalizeInlineText'
import { splitTableRow } from './splitTableRow'

type HeaderField = 'vorlageNummer' | 'datum' | 'ansprechpartner' | 'bearbeiter' | 'fachdienst'

const headerCellPatterns: readonly (readonly [HeaderField, RegExp])[] = [
  ['vorlageNummer', /^Vorlage-?(?:Nr\.?|Nummer)\s*:?\s*(.+)$/i],
  ['datum', /^Datum\s*:\s*(.+)$/i],
  ['ansprechpartner', /^Ansprechpartner(?:\/in|in|innen)?\s*:\s*(.+)$/i],
  ['bearbeiter', /^Bearbeiter(?:\/in|in|innen)?\s*:\s*(.+)$/i],
  ['fachdienst', /^Fachdienst\s*:?\s+(.+)$/i],
]

// Cells of the sheet's header that are form labels rather than content.
const headerNoise = /^(?:-\s*)?(?:nicht\s*)?öffentlich(?:\s*-)?$|^(?:Beschluss|Sitzungs|Mitteilungs)vorlage\b/i
const datePattern = /^(\d{1,2}\.\d{1,2}\.\d{2,4})\s+(.+)$/

/**
 * The structured content of a Beschlussvorlage cover sheet at the start of a converted text (seed 003):
 * Vorlage-Nr, date, Fachdienst (without the word "Fachdienst"), contacts, title, Beratungsfolge rows and the
 * text sections up to the list of attachments. Multi-paragraph sections are joined with a blank line.
 * Returns null when the text does not start with a cover sheet.
 */
export function parseBeschlussvorlageCover(text: string): BeschlussvorlageCover | null {
  const { lines } = cleanConvertedText(text)
  const end = locateCoverSheet(lines)
  if (end === 0) return null
  const header: string[] = []
  const sections = new Map<CoverSectionKey, string[]>()
  let current: string[] = header
  for (const line of lines.slice(0, end)) {
    const label = matchCoverSectionLabel(line)
    if (!label) {
      current.push(line)
      continue
    }
    current = sections.get(label.key) ?? []
    sections.set(label.key, current)
    if (label.rest) current.push(label.rest)
  }
  return {
    ...readHeader(header),
    beratungsfolge: readBeratungsfolge(sections.get('beratungsfolge') ?? []),
    beschlussvorschlag: readSectionText(sections.get('beschlussvorschlag')),
    begruendungNichtoeffentlichkeit: readSectionText(sections.get('begruendungNichtoeffentlichkeit')),
    sachverhalt: readSectionText(sections.get('sachverhalt')),
    klimaschutz: readSectionText(sections.get('klimaschutz')),
    finanzielleAuswirkungen: readSectionText(sections.get('finanzielleAuswirkungen')),
    anlagen: (sections.get('anlagen') ?? []).map((line) => normalizeInlineText(line.replace(/^\s*(?:[-–•]|\d+[.)])\s+/, ''))).filter(Boolean),
  }
}

function readHeader(lines: readonly string[]): Record<HeaderField | 'title', string> {
  const fields: Record<HeaderField | 'title', string> = { vorlageNummer: '', datum: '', ansprechpartner: '', bearbeiter: '', fachdienst: '', title: '' }
  const titleParts: string[] = []
  for (const line of lines) {
    for (const cell of splitTableRow(line).map(normalizeInlineText)) {
      if (!cell || headerNoise.test(cell)) continue
      const known = headerCellPatterns.find(([, pattern]) => pattern.test(cell))
      if (!known) {
        titleParts.push(cell)
        continue
      }
      const [field, pattern] = known
      fields[field] ||= pattern.exec(cell)![1]!.trim()
    }
  }
  fields.title = titleParts.join(' ')
  return fields
}

function readBeratungsfolge(lines: readonly string[]): BeratungsfolgeEntry[] {
  const rows = lines.filter((line) => line.trim()).map(splitTableRow)
  const columns = { datum: 0, gremium: 1, zustaendigkeit: 2 }
  const headerRow = rows[0]
  if (headerRow && headerRow.some((cell) => /^(?:Datum|Gremium)$/i.test(cell))) {
    rows.shift()
    headerRow.forEach((cell, index) => {
      if (/^Datum$/i.test(cell)) columns.datum = index
      else if (/^Gremium$/i.test(cell)) columns.gremium = index
      else if (/^Zuständigkeit$/i.test(cell)) columns.zustaendigkeit = index
    })
  }
  return rows
    .map((cells): BeratungsfolgeEntry => {
      if (cells.length === 1) {
        const dated = datePattern.exec(cells[0]!)
        return dated ? { datum: dated[1]!, gremium: normalizeInlineText(dated[2]!), zustaendigkeit: '' } : { datum: '', gremium: normalizeInlineText(cells[0]!), zustaendigkeit: '' }
      }
      return {
        datum: normalizeInlineText(cells[columns.datum] ?? ''),
        gremium: normalizeInlineText(cells[columns.gremium] ?? ''),
        zustaendigkeit: normalizeInlineText(cells[columns.zustaendigkeit] ?? ''),
      }
    })
    .filter((entry) => entry.datum || entry.gremium || entry.zustaendigkeit)
}

function readSectionText(lines: readonly string[] | undefined): string {
  if (!lines) return ''
  const paragraphs: string[] = []
  let paragraph: string[] = []
  for (const line of [...lines, '']) {
    if (line.trim()) {
      paragraph.push(line)
    } else if (paragraph.length > 0) {
      paragraphs.push(normalizeInlineText(paragraph.join(' ')))
      paragraph = []
    }
  }
  return paragraphs.join('\n\n')
}
