import type { DecorationAttrs } from '@tiptap/pm/view'

/** A remote selection as a light tint of the user's colour, light enough to keep the text readable. */
export function renderCaretSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = typeof user['color'] === 'string' && /^#[0-9a-f]{6}$/i.test(user['color']) ? user['color'] : '#57606a'
  return { nodeName: 'span', class: 'collaboration-carets__selection', style: `background-color: ${color}29` }
}
