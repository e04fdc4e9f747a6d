import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../../../shared/schema/nodeNames'
import type { FieldStop } from './FieldStop'
import { fieldNodeNames } from './fieldNodeNames'

/** Every field stop of the document, in reading order. */
export function collectFieldStops(doc: ProseMirrorNode): FieldStop[] {
  const stops: FieldStop[] = []
  doc.descendants((node, position) => {
    if (node.type.name === NodeName.massnahme) {
      stops.push({ kind: 'massnahmeControls', position })
      return true
    }
    if (fieldNodeNames.has(node.type.name)) {
      stops.push({ kind: 'field', position })
      return false
    }
    return !node.isTextblock
  })
  return stops
}
