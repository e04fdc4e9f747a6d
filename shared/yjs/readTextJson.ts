import type { JSONContent } from '@tiptap/core'
import { Mark } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { markForFormat } from '../schema/validation/markForFormat'

/** The text nodes of a Yjs text as ProseMirror JSON, with the marks the schema allows; embeds are left out. */
export function readTextJson(text: Y.XmlText): JSONContent[] {
  const nodes: JSONContent[] = []
  for (const { insert, attributes } of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof insert !== 'string' || insert === '') continue
    let marks: readonly Mark[] = Mark.none
    for (const [key, value] of Object.entries(attributes ?? {})) {
      const mark = markForFormat(key, value)
      if (mark) marks = mark.addToSet(marks)
    }
    nodes.push(marks.length > 0 ? { type: 'text', text: insert, marks: marks.map((mark) => mark.toJSON() as NonNullable<JSONContent['marks']>[number]) } : { type: 'text', text: insert })
  }
  return nodes
}
