import { NodeName } from '../../../shared/schema/nodeNames'
import { fieldLabels } from '../fieldLabels'

const labels: Record<string, string> = {
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

/** What a block is called in badges: "Teilziel", "Absatz", the label of a field. */
export function blockTypeLabel(type: string): string {
  return labels[type] ?? fieldLabels.get(type) ?? 'Abschnitt'
}
