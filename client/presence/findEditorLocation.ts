import type { ResolvedPos } from '@tiptap/pm/model'
import { NodeName } from '../../shared/schema/nodeNames'
import type { EditorLocation } from './EditorLocation'

/** The location (see `EditorLocation`) of a position in the concept document. */
export function findEditorLocation($position: ResolvedPos): EditorLocation {
  for (let depth = $position.depth; depth >= 1; depth -= 1) {
    if ($position.node(depth).type.name !== NodeName.handlungsfeld) continue
    return { handlungsfeldId: readId($position.node(depth).attrs['id']), blockId: depth < $position.depth ? readId($position.node(depth + 1).attrs['id']) : null }
  }
  return { handlungsfeldId: null, blockId: $position.depth >= 1 ? readId($position.node(1).attrs['id']) : null }
}

function readId(id: unknown): string | null {
  return typeof id === 'string' && id ? id : null
}
