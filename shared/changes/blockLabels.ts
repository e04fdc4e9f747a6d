import { NodeName } from '../schema/nodeNames'
import { standardFieldLabels } from '../schema/nodes/labelledField/labelledFieldDefinitions'

/**
 * The standard label of every labelled field (Teilziel and Maßnahme fields, Oberziel), by node type; a
 * document's own wording is read with labelledFieldLabel.
 */
export const fieldLabels: ReadonlyMap<string, string> = standardFieldLabels

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
