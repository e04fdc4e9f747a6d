import type { DecorationAttrs } from '@tiptap/pm/view'
import { presenceColor } from '../../presence/presenceColor'

/** A remote selection as a light tint of the person's department colour, light enough to keep the text readable. */
export function renderCaretSelection(user: Record<string, unknown>): DecorationAttrs {
  return { nodeName: 'span', class: 'collaboration-carets__selection', style: `background-color: ${presenceColor(user)}29` }
}
