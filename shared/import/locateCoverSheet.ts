import { matchCoverSectionLabel } from './matchCoverSectionLabel'

/** The words that open a Beschlussvorlage's cover sheet, in its first lines (text) or first blocks (Word). */
export const coverMarker = /^(?:Beschlussvorlage|Sitzungsvorlage|Mitteilungsvorlage)\b|Vorlage-Nr/i
const conceptStart = /^(?:\*\*|Inhaltsverzeichnis$|1\.?[ \t]+\p{Lu})/u
const attachmentsEnd = /^(?:\*\*|Inhaltsverzeichnis$)/

/**
 * Where the cover sheet of a Beschlussvorlage ends (the index of the first line after it), or 0 when the text
 * does not start with one. The sheet ends after the attachments listed under "Anlage/n:", else where the
 * concept starts (a bold title, a table of contents, chapter 1).
 */
export function locateCoverSheet(lines: readonly string[]): number {
  const firstLines = lines.filter((line) => line.trim()).slice(0, 3)
  if (!firstLines.some((line) => coverMarker.test(line.trim()))) return 0
  const anlagenIndex = lines.findIndex((line) => matchCoverSectionLabel(line)?.key === 'anlagen')
  if (anlagenIndex >= 0) {
    let index = anlagenIndex + 1
    if (!matchCoverSectionLabel(lines[anlagenIndex]!)?.rest) {
      while (index < lines.length && !lines[index]!.trim()) index += 1
    }
    // Attachments are often numbered ("1. Konzept"), so only a bold title or a contents heading ends the list early.
    while (index < lines.length && lines[index]!.trim() && !attachmentsEnd.test(lines[index]!.trim())) index += 1
    return index
  }
  const start = lines.findIndex((line, index) => index > 0 && conceptStart.test(line.trim()))
  return start >= 0 ? start : lines.length
}
