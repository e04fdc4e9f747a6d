import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { inlineContentJson } from '../inlineContentJson'
import { normalizeInlineText } from '../normalizeInlineText'

/** A paragraph for a line of text; an empty text gives an empty paragraph. */
export function paragraphJson(text = ''): JSONContent {
  const content = inlineContentJson(normalizeInlineText(text))
  return content.length > 0 ? { type: NodeName.paragraph, content } : { type: NodeName.paragraph }
}
