import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { paragraphJson } from './paragraphJson'

/** A list entry with optional sub-entries, for outlines deeper than the document structure. */
export interface ListEntry {
  text: string
  children?: readonly ListEntry[]
}

/** A bullet list with one item (a paragraph, then any nested list) per entry. */
export function bulletListJson(entries: readonly (string | ListEntry)[]): JSONContent {
  return {
    type: NodeName.bulletList,
    content: entries.map((entry) => {
      const { text, children = [] } = typeof entry === 'string' ? { text: entry } : entry
      const content = [paragraphJson(text)]
      if (children.length > 0) content.push(bulletListJson(children))
      return { type: NodeName.listItem, content }
    }),
  }
}
