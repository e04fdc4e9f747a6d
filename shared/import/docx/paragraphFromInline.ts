import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'

/** A paragraph holding the given inline JSON (none gives an empty paragraph). */
export function paragraphFromInline(inline: readonly JSONContent[]): JSONContent {
  return inline.length > 0 ? { type: NodeName.paragraph, content: [...inline] } : { type: NodeName.paragraph }
}
