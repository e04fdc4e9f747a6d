import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { ownLabelAttributes } from './ownLabelAttributes'
import { paragraphJson } from './paragraphJson'

/** An Oberziel field holding the given paragraphs or lists; `label` is the document's own wording ("Strategisches Ziel"). */
export function oberzielJson(blocks: readonly JSONContent[], label?: string): JSONContent {
  return { type: NodeName.oberziel, ...ownLabelAttributes(NodeName.oberziel, label), content: blocks.length > 0 ? [...blocks] : [paragraphJson()] }
}
