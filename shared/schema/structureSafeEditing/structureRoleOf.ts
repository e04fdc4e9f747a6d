import { NodeName } from '../nodeNames'
import { massnahmeFieldNames } from '../nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldNames } from '../nodes/teilziel/teilzielFieldDefinitions'

/**
 * What a node is to structure-safe editing, as cells and rows are to a Word table:
 * - `skeleton`: a field its block cannot do without (Teilziel and Maßnahme fields, a Handlungsfeld title, a
 *   table cell); a deletion empties it and never removes it.
 * - `field`: a labelled field that is a block of its own (Oberziel); removed only when covered completely.
 * - `container`: a block made of fields or sections (Teilziel, Maßnahme, Handlungsfeld, table, table row);
 *   removed only when covered completely, otherwise each of its parts is treated by its own role.
 * - null: ordinary text and lists, edited as usual.
 */
export type StructureRole = 'skeleton' | 'field' | 'container'

const roles = new Map<string, StructureRole>([
  ...[...teilzielFieldNames, ...massnahmeFieldNames, NodeName.handlungsfeldTitel, 'tableCell', 'tableHeader'].map((name) => [name, 'skeleton'] as const),
  [NodeName.oberziel, 'field'],
  ...[NodeName.teilziel, NodeName.massnahme, NodeName.handlungsfeld, 'table', 'tableRow'].map((name) => [name, 'container'] as const),
])

export function structureRoleOf(nodeTypeName: string): StructureRole | null {
  return roles.get(nodeTypeName) ?? null
}
