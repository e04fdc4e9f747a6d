import { standardFieldLabels } from './labelledFieldDefinitions'

/**
 * The label a labelled field shows: the document's own wording in its `label` attribute (kept from the import
 * or set by an editor, e.g. "Möglichkeiten und Aufgaben des Kreises", "Strategisches Ziel"), else the standard
 * label of its type. Null for node types that are no labelled field.
 */
export function labelledFieldLabel(type: string, attributes: Readonly<Record<string, unknown>>): string | null {
  const standard = standardFieldLabels.get(type)
  if (standard === undefined) return null
  const own = attributes['label']
  return typeof own === 'string' && own.trim() ? own.trim() : standard
}
