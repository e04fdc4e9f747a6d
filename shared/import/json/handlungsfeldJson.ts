import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { stripInlineMarkup } from '../stripInlineMarkup'

/** A Handlungsfeld: its title (plain text, without the section number) first, then its blocks. */
export function handlungsfeldJson(title: string, blocks: readonly JSONContent[]): JSONContent {
  const text = stripInlineMarkup(title)
  const titel: JSONContent = text ? { type: NodeName.handlungsfeldTitel, content: [{ type: 'text', text }] } : { type: NodeName.handlungsfeldTitel }
  return { type: NodeName.handlungsfeld, content: [titel, ...blocks] }
}
