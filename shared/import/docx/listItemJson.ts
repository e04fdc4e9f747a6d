import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'

/** A list item for the given blocks; the schema wants a paragraph first. */
export function listItemJson(blocks: readonly JSONContent[]): JSONContent {
  const content = blocks[0]?.type === NodeName.paragraph ? [...blocks] : [{ type: NodeName.paragraph }, ...blocks]
  return { type: NodeName.listItem, content }
}
