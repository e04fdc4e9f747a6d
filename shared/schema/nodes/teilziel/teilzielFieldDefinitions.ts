import { NodeName } from '../../nodeNames'

/** The five fields of a Teilziel block, in the order seed 003 gives them. */
export const teilzielFieldDefinitions = [
  { name: NodeName.teilzielZiel, label: 'Teilziel', group: 'teilzielField' },
  { name: NodeName.teilzielAufgaben, label: 'Möglichkeiten und Aufgaben', group: 'teilzielField' },
  { name: NodeName.teilzielZielgruppe, label: 'Zielgruppe', group: 'teilzielField' },
  { name: NodeName.teilzielAktivitaeten, label: 'Beispielhafte Aktivitäten', group: 'teilzielField' },
  { name: NodeName.teilzielVerantwortliche, label: 'Verantwortliche', group: 'teilzielField' },
] as const

export type TeilzielFieldName = (typeof teilzielFieldDefinitions)[number]['name']

export const teilzielFieldNames: readonly TeilzielFieldName[] = teilzielFieldDefinitions.map((field) => field.name)
