import { NodeName } from '../schema/nodeNames'
import type { TeilzielFieldName } from '../schema/nodes/teilziel/teilzielFieldDefinitions'

export type ConceptLabel = TeilzielFieldName | typeof NodeName.oberziel

export interface ConceptLabelMatch {
  label: ConceptLabel
  /** Text after the label on the same line (layout "Zielgruppe Erwachsene …"), or ''. */
  rest: string
  /** The label as the document words it, without number and colon ("Möglichkeiten und Aufgaben des Kreises"). */
  wording: string
}

const owner = String.raw`(?:\s+(?:des|der)\s+(?:Kreises|Landkreises|Stadt|Gemeinde|Kommune|Verwaltung))?`
// Label and text may be separated by a colon, tabs or a single space; the label may also stand alone.
const separated = String.raw`(?:\s*:\s*|\s+|$)(.*)$`
// The number after "Oberziel"/"Teilziel" is positional, so it is not part of the wording.
const number = String.raw`(?:\s+\d+)?`

const labelPatterns: readonly (readonly [ConceptLabel, RegExp])[] = [
  // "Oberziel" also starts ordinary sentences, so it needs a colon or tab, or a line of its own.
  [NodeName.oberziel, new RegExp(String.raw`^(Oberziel)${number}(?:\s*:\s*|\t+|$)(.*)$`)],
  // A mind map's name for the Oberziel; on a line of its own only, as the exports write it above the goal.
  [NodeName.oberziel, /^(Strategisches\s+Ziel)\s*:?$/],
  [NodeName.teilzielZiel, new RegExp(String.raw`^(Teilziel)${number}${separated}`)],
  [NodeName.teilzielAufgaben, new RegExp(String.raw`^(Möglichkeiten\s+und\s+Aufgaben${owner})${separated}`)],
  [NodeName.teilzielZielgruppe, new RegExp(String.raw`^(Zielgruppen?${owner})${separated}`)],
  [NodeName.teilzielAktivitaeten, new RegExp(String.raw`^(Beispielhafte\s+Aktivitäten${owner})${separated}`)],
  [NodeName.teilzielAktivitaeten, new RegExp(String.raw`^(Aktivitäten${owner})(?:\s*:\s*|\t+|$)(.*)$`)],
  [NodeName.teilzielVerantwortliche, new RegExp(String.raw`^(Verantwortlich(?:e|keit|keiten)?)${separated}`)],
]

/** Recognises the labels of the Teilziel tables of seed 003 (and "Oberziel:") at the start of a line. */
export function matchConceptLabel(line: string): ConceptLabelMatch | null {
  const trimmed = line.trim()
  for (const [label, pattern] of labelPatterns) {
    const match = pattern.exec(trimmed)
    if (match) return { label, rest: (match[2] ?? '').trim(), wording: match[1]!.replace(/\s+/g, ' ') }
  }
  return null
}
