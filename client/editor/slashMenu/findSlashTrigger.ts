import type { Selection } from '@tiptap/pm/state'

const trigger = /(?:^|\s)\/([^\s/]{0,30})$/

/**
 * The "/query" just before the cursor, if the "/" opens a textblock or follows a space; null otherwise
 * (so "und/oder" or a URL never opens the menu).
 */
export function findSlashTrigger(selection: Selection): { from: number; to: number; query: string } | null {
  if (!selection.empty) return null
  const { $from } = selection
  if (!$from.parent.isTextblock) return null
  const textBefore = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
  const match = trigger.exec(textBefore)
  if (!match) return null
  const query = match[1] ?? ''
  return { from: $from.pos - query.length - 1, to: $from.pos, query }
}
