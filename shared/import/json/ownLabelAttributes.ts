import { standardFieldLabels } from '../../schema/nodes/labelledField/labelledFieldDefinitions'

/**
 * The `attrs` of a labelled field for the wording a document used, or nothing where it is the standard label
 * (stored as none, as the editor stores it).
 */
export function ownLabelAttributes(fieldName: string, wording: string | undefined): { attrs?: { label: string } } {
  if (!wording || wording === standardFieldLabels.get(fieldName)) return {}
  return { attrs: { label: wording } }
}
