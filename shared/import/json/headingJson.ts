import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { inlineContentJson } from '../inlineContentJson'
import { normalizeInlineText } from '../normalizeInlineText'

export type HeadingLevel = 1 | 2 | 3 | 4

/** A heading; its number is never part of the text (level 1 and 2 are numbered by position). */
export function headingJson(level: HeadingLevel, text: string): JSONContent {
  const content = inlineContentJson(normalizeInlineText(text))
  return content.length > 0 ? { type: NodeName.heading, attrs: { level }, content } : { type: NodeName.heading, attrs: { level } }
}
