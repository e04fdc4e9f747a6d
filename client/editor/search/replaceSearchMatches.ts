import type { Transaction } from '@tiptap/pm/state'
import type { SearchMatch } from './SearchQuery'

/**
 * Replaces the given matches by `replacement` in one transaction, last match first so that the positions of
 * the earlier ones stay valid. Each replacement keeps the marks that span the replaced text; plain replace
 * steps (not `insertText`, which may widen a range to whole nodes) keep every paragraph and field, even when
 * a match is its whole text.
 */
export function replaceSearchMatches(tr: Transaction, matches: readonly SearchMatch[], replacement: string): Transaction {
  const ordered = [...matches].sort((left, right) => right.from - left.from)
  for (const match of ordered) {
    if (!replacement) {
      tr.delete(match.from, match.to)
      continue
    }
    const marks = tr.doc.resolve(match.from).marksAcross(tr.doc.resolve(match.to)) ?? []
    tr.replaceWith(match.from, match.to, tr.doc.type.schema.text(replacement, marks))
  }
  return tr
}
