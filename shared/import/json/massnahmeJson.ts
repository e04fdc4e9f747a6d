import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { paragraphJson } from './paragraphJson'

export interface MassnahmeJsonInput {
  code: string
  text: readonly JSONContent[]
  verantwortliche?: readonly JSONContent[]
}

/** A Maßnahme with its code attribute and both fields; Zeitraum and Status stay unset. */
export function massnahmeJson({ code, text, verantwortliche = [] }: MassnahmeJsonInput): JSONContent {
  return {
    type: NodeName.massnahme,
    attrs: { code, zeitraum: '', status: '' },
    content: [
      { type: NodeName.massnahmeText, content: text.length > 0 ? [...text] : [paragraphJson()] },
      { type: NodeName.massnahmeVerantwortliche, content: verantwortliche.length > 0 ? [...verantwortliche] : [paragraphJson()] },
    ],
  }
}
