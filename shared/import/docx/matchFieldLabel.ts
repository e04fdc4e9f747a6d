import { matchConceptLabel, type ConceptLabel } from '../matchConceptLabel'

export type FieldLabel = { kind: 'concept'; label: ConceptLabel; wording?: string } | { kind: 'massnahme'; code: string } | { kind: 'zeitraum' } | { kind: 'status' }

/**
 * The field a label cell names: a Teilziel field or "Oberziel" (the labels of seed 003, with or without
 * "des Kreises" and a colon), "Maßnahme <Code>", "Zeitraum" or "Status". The whole text must be the label.
 */
export function matchFieldLabel(text: string): FieldLabel | null {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  const massnahme = /^Ma(?:ß|ss)nahme(?:\s+([A-Za-zÄÖÜäöü]{0,6}\s?\d{1,3}[a-z]?))?\s*:?$/.exec(trimmed)
  if (massnahme) return { kind: 'massnahme', code: (massnahme[1] ?? '').replace(/\s+/g, '') }
  if (/^Zeitraum\s*:?$/i.test(trimmed)) return { kind: 'zeitraum' }
  if (/^Status\s*:?$/i.test(trimmed)) return { kind: 'status' }
  const concept = matchConceptLabel(trimmed)
  if (concept && !concept.rest) return { kind: 'concept', label: concept.label, wording: concept.wording }
  return null
}

