/** The `@name` being typed just before the caret (letters of a username only), or null. */
export function findMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|[^a-zA-Z0-9._-])@([a-zA-Z0-9._-]{0,64})$/.exec(text.slice(0, caret))
  if (!match) return null
  const query = match[1] ?? ''
  return { start: caret - query.length - 1, query }
}
