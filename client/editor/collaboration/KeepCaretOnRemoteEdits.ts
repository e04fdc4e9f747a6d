import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap'

export const keepCaretOnRemoteEditsPluginKey = new PluginKey('keepCaretOnRemoteEdits')

/**
 * Keeps the local caret where it belongs when someone else edits the same paragraph. y-tiptap 3.0.9 restores
 * the selection after a remote change through Yjs relative positions, but distrusts that result whenever the
 * paragraph's text changed and falls back to the old offset within the paragraph: a remote insertion before
 * the caret then leaves the caret behind, and the next keystrokes land in the middle of the word (two people
 * typing in one field scramble each other's text). Where the Yjs position still lies in the very block the
 * caret was in (same block id), this plugin puts the caret there; real structural changes (a block moved or
 * replaced) are left to y-tiptap's own recovery.
 */
export const KeepCaretOnRemoteEdits = Extension.create({
  name: 'keepCaretOnRemoteEdits',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: keepCaretOnRemoteEditsPluginKey,
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some(isRemoteChange) || !(oldState.selection instanceof TextSelection)) return null
          const binding = (ySyncPluginKey.getState(newState) as { binding?: ProsemirrorBinding | null } | undefined)?.binding
          // Set by the binding for the duration of the Yjs transaction that is being rendered right now.
          const before = binding?.beforeTransactionSelection as ProsemirrorBinding['beforeTransactionSelection'] | null | undefined
          if (!binding || !before || before.type !== 'text' || !before.anchor || !before.head) return null
          const anchor = relativePositionToAbsolutePosition(binding.doc, binding.type, before.anchor, binding.mapping)
          const head = relativePositionToAbsolutePosition(binding.doc, binding.type, before.head, binding.mapping)
          if (anchor === null || head === null) return null
          if (!inSameTextblock(oldState.doc, oldState.selection.anchor, newState.doc, anchor) || !inSameTextblock(oldState.doc, oldState.selection.head, newState.doc, head)) return null
          if (newState.selection.anchor === anchor && newState.selection.head === head) return null
          return newState.tr.setSelection(TextSelection.create(newState.doc, anchor, head)).setMeta('addToHistory', false)
        },
      }),
    ]
  },
})

function isRemoteChange(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return transaction.docChanged && meta?.isChangeOrigin === true
}

function inSameTextblock(oldDoc: ProseMirrorNode, oldPosition: number, newDoc: ProseMirrorNode, newPosition: number): boolean {
  if (newPosition < 0 || newPosition > newDoc.content.size || oldPosition > oldDoc.content.size) return false
  const oldParent = oldDoc.resolve(oldPosition).parent
  const newParent = newDoc.resolve(newPosition).parent
  const id: unknown = oldParent.attrs['id']
  return oldParent.isTextblock && newParent.isTextblock && typeof id === 'string' && id.length > 0 && newParent.attrs['id'] === id
}
