import { NodeName } from '../schema/nodeNames'
import { massnahmeFieldDefinitions } from '../schema/nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldDefinitions } from '../schema/nodes/teilziel/teilzielFieldDefinitions'

/** The label column of every labelled field (Teilziel and Maßnahme fields, Oberziel), by node type. */
export const fieldLabels: ReadonlyMap<string, string> = new Map<string, string>([
  ...[...teilzielFieldDefinitions, ...massnahmeFieldDefinitions].map((field): [string, string] => [field.name, field.label]),
  [NodeName.oberziel, 'Oberziel'],
])

const typeLabels: Readonly<Record<string, string>> = {
  [NodeName.handlungsfeld]: 'Handlungsfeld',
  [NodeName.handlungsfeldTitel]: 'Titel des Handlungsfelds',
  [NodeName.teilziel]: 'Teilziel',
  [NodeName.massnahme]: 'Maßnahme',
  [NodeName.paragraph]: 'Absatz',
  [NodeName.heading]: 'Überschrift',
  [NodeName.bulletList]: 'Liste',
  [NodeName.orderedList]: 'Nummerierte Liste',
  [NodeName.listItem]: 'Listenpunkt',
  table: 'Tabelle',
  tableRow: 'Tabellenzeile',
  blockquote: 'Zitat',
  horizontalRule: 'Trennlinie',
}

/** What a block is called in change lists, badges and locations: "Teilziel", "Absatz", the label of a field. */
export function blockTypeLabel(type: string): string {
  return typeLabels[type] ?? fieldLabels.get(type) ?? 'Abschnitt'
}
