import type { Selection } from '@tiptap/pm/state'

const trigger = /(?:^|\s)\/([^\s/]{0,30})$/

export interface SlashTrigger {
  /** Position of the "/". */
  from: number
  /** Position of the cursor, the end of the query. */
  to: number
  query: string
  /** The "/query" is all the paragraph holds: an empty line, where any building block makes sense. */
  alone: boolean
}

/**
 * The "/query" just before the cursor, if the "/" opens a textblock or follows a space; null otherwise
 * (so "und/oder" or a URL never opens the menu).
 */
export function findSlashTrigger(selection: Selection): SlashTrigger | null {
  if (!selection.empty) return null
  const { $from } = selection
  if (!$from.parent.isTextblock) return null
  const textBefore = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
  const match = trigger.exec(textBefore)
  if (!match) return null
  const query = match[1] ?? ''
  const alone = textBefore === `/${query}` && $from.parentOffset === $from.parent.content.size
  return { from: $from.pos - query.length - 1, to: $from.pos, query, alone }
}
