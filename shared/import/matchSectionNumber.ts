import { normalizeInlineText } from './normalizeInlineText'

export interface SectionNumberMatch {
  /** The number's components: "3.1.2" gives [3, 1, 2]. */
  path: number[]
  /** The number as written, without a trailing dot. */
  number: string
  title: string
}

const sectionPattern = /^(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(\S.*)$/

/** Splits a line like "3.1.2 Title" or "2.1. Title" into its section number and title. */
export function matchSectionNumber(line: string): SectionNumberMatch | null {
  const match = sectionPattern.exec(line.trim())
  if (!match) return null
  const number = match[1]!
  return { path: number.split('.').map(Number), number, title: normalizeInlineText(match[2]!) }
}
