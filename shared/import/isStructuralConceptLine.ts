import { isListLine } from './isListLine'
import { matchConceptLabel } from './matchConceptLabel'
import { matchSectionNumber } from './matchSectionNumber'

/** Whether a line starts something of its own (a section, a Teilziel label, a list item, a bold title). */
export function isStructuralConceptLine(line: string): boolean {
  const trimmed = line.trim()
  return matchSectionNumber(trimmed) !== null || matchConceptLabel(trimmed) !== null || isListLine(trimmed) || trimmed.startsWith('**')
}
