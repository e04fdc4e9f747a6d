export type CoverSectionKey =
  | 'beratungsfolge'
  | 'beschlussvorschlag'
  | 'begruendungNichtoeffentlichkeit'
  | 'sachverhalt'
  | 'klimaschutz'
  | 'finanzielleAuswirkungen'
  | 'anlagen'

export interface CoverSectionLabelMatch {
  key: CoverSectionKey
  /** The label as written, without its colon. */
  label: string
  /** Text after the colon on the same line, or ''. */
  rest: string
}

const labels: readonly (readonly [CoverSectionKey, string])[] = [
  ['beratungsfolge', String.raw`(?:vorgesehene\s+)?Beratungsfolge`],
  ['beschlussvorschlag', String.raw`Beschlussvorschlag`],
  ['begruendungNichtoeffentlichkeit', String.raw`Begründung\s+der\s+Nichtöffentlichkeit`],
  ['sachverhalt', String.raw`Sachverhalt`],
  ['klimaschutz', String.raw`Relevanz\s+für\s+den\s+Klimaschutz`],
  ['finanzielleAuswirkungen', String.raw`Finanzielle\s+Auswirkungen`],
  ['anlagen', String.raw`Anlagen?(?:\s*\/\s*n)?`],
]

const patterns = labels.map(([key, label]) => [key, new RegExp(String.raw`^(${label})\s*(?::\s*(.*))?$`, 'i')] as const)

/** Recognises the section labels of a Beschlussvorlage cover sheet ("Beschlussvorschlag:", "Anlage/n:" …). */
export function matchCoverSectionLabel(line: string): CoverSectionLabelMatch | null {
  const trimmed = line.trim()
  for (const [key, pattern] of patterns) {
    const match = pattern.exec(trimmed)
    if (match) return { key, label: match[1]!, rest: (match[2] ?? '').trim() }
  }
  return null
}
