import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { teilzielFieldNames, type TeilzielFieldName } from '../../schema/nodes/teilziel/teilzielFieldDefinitions'
import { bulletListJson } from './bulletListJson'
import { ownLabelAttributes } from './ownLabelAttributes'
import { paragraphJson } from './paragraphJson'

/**
 * A Teilziel with all five fields in schema order. Fields without content get what an empty Teilziel in the
 * editor has (see createEmptyFieldContent): an empty paragraph, or an empty bullet item for the activities.
 * `labels`: the document's own wording of field labels, kept on the fields.
 */
export function teilzielJson(fields: Partial<Record<TeilzielFieldName, readonly JSONContent[]>>, labels: Partial<Record<TeilzielFieldName, string>> = {}): JSONContent {
  return {
    type: NodeName.teilziel,
    content: teilzielFieldNames.map((name) => {
      const blocks = fields[name] ?? []
      const attrs = ownLabelAttributes(name, labels[name])
      if (blocks.length > 0) return { type: name, ...attrs, content: [...blocks] }
      return { type: name, ...attrs, content: [name === NodeName.teilzielAktivitaeten ? bulletListJson(['']) : paragraphJson()] }
    }),
  }
}
