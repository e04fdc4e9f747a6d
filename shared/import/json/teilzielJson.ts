import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { teilzielFieldNames, type TeilzielFieldName } from '../../schema/nodes/teilziel/teilzielFieldDefinitions'
import { bulletListJson } from './bulletListJson'
import { paragraphJson } from './paragraphJson'

/**
 * A Teilziel with all five fields in schema order. Fields without content get what an empty Teilziel in the
 * editor has (see createEmptyFieldContent): an empty paragraph, or an empty bullet item for the activities.
 */
export function teilzielJson(fields: Partial<Record<TeilzielFieldName, readonly JSONContent[]>>): JSONContent {
  return {
    type: NodeName.teilziel,
    content: teilzielFieldNames.map((name) => {
      const blocks = fields[name] ?? []
      if (blocks.length > 0) return { type: name, content: [...blocks] }
      return { type: name, content: [name === NodeName.teilzielAktivitaeten ? bulletListJson(['']) : paragraphJson()] }
    }),
  }
}
