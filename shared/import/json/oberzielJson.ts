import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { paragraphJson } from './paragraphJson'

/** An Oberziel field holding the given paragraphs or lists. */
export function oberzielJson(blocks: readonly JSONContent[]): JSONContent {
  return { type: NodeName.oberziel, content: blocks.length > 0 ? [...blocks] : [paragraphJson()] }
}
