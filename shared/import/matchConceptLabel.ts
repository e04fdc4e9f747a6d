import { NodeName } from '../schema/nodeNames'
import type { TeilzielFieldName } from '../schema/nodes/teilziel/teilzielFieldDefinitions'

export type ConceptLabel = TeilzielFieldName | typeof NodeName.oberziel

export interface ConceptLabelMatch {
  label: ConceptLabel
  /** Text after the label on the same line (layout "Zielgruppe Erwachsene …"), or ''. */
  rest: string
}

const owner = String.raw`(?:\s+(?:des|der)\s+(?:Kreises|Landkreises|Stadt|Gemeinde|Kommune|Verwaltung))?`
// Label and text may be separated by a colon, tabs or a single space; the label may also stand alone.
const separated = String.raw`(?:\s*:\s*|\s+|$)(.*)$`

const labelPatterns: readonly (readonly [ConceptLabel, RegExp])[] = [
  // "Oberziel" also starts ordinary sentences, so it needs a colon or tab, or a line of its own.
  [NodeName.oberziel, /^Oberziel(?:\s+\d+)?(?:\s*:\s*|\t+|$)(.*)$/],
  [NodeName.teilzielZiel, new RegExp(String.raw`^Teilziel(?:\s+\d+)?${separated}`)],
  [NodeName.teilzielAufgaben, new RegExp(String.raw`^Möglichkeiten\s+und\s+Aufgaben${owner}${separated}`)],
  [NodeName.teilzielZielgruppe, new RegExp(String.raw`^Zielgruppen?${separated}`)],
  [NodeName.teilzielAktivitaeten, new RegExp(String.raw`^Beispielhafte\s+Aktivitäten${owner}${separated}`)],
  [NodeName.teilzielAktivitaeten, new RegExp(String.raw`^Aktivitäten${owner}(?:\s*:\s*|\t+|$)(.*)$`)],
  [NodeName.teilzielVerantwortliche, new RegExp(String.raw`^Verantwortlich(?:e|keit|keiten)?${separated}`)],
]

/** Recognises the labels of the Teilziel tables of seed 003 (and "Oberziel:") at the start of a line. */
export function matchConceptLabel(line: string): ConceptLabelMatch | null {
  const trimmed = line.trim()
  for (const [label, pattern] of labelPatterns) {
    const match = pattern.exec(trimmed)
    if (match) return { label, rest: (match[1] ?? '').trim() }
  }
  return null
}
