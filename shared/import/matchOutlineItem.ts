import { normalizeInlineText } from './normalizeInlineText'
import type { SectionNumberMatch } from './matchSectionNumber'

// Mind-map and outline exports write every number with a trailing dot: "1.", "2.1.", "2.1.1.".
const outlinePattern = /^(\d{1,2}(?:\.\d{1,2})*)\.[ \t]*(\S.*)$/

/** Splits an outline line like "2.1.1. Teilziel 1: …" into its number and text. */
export function matchOutlineItem(line: string): SectionNumberMatch | null {
  const match = outlinePattern.exec(line.trim())
  if (!match) return null
  const number = match[1]!
  return { path: number.split('.').map(Number), number, title: normalizeInlineText(match[2]!) }
}
