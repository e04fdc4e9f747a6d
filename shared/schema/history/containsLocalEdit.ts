import type { Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/**
 * Whether one of `transactions` is a change of the document by the local user that belongs in the undo
 * history, as opposed to a remote change, an undo or redo (both arrive through Yjs) or a change kept out of
 * history. A transaction appended to such a change (a repair, new block ids) must stay in the same undo
 * step: marked `addToHistory: false`, it would make the Yjs binding leave the user's change itself out of
 * the undo history, since the binding writes the whole dispatch under the meta of its last transaction.
 */
export function containsLocalEdit(transactions: readonly Transaction[]): boolean {
  return transactions.some((transaction) => {
    const sync = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
    return transaction.docChanged && sync?.isChangeOrigin !== true && transaction.getMeta('addToHistory') !== false
  })
}
