import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { Slice } from '@tiptap/pm/model'
import type { EditorView } from '@tiptap/pm/view'
import { NodeName } from '../nodeNames'
import { deleteStructureSafely } from './deleteStructureSafely'
import { fitSliceToField } from './fitSliceToField'
import { needsStructureSafeDeletion } from './needsStructureSafeDeletion'
import { withoutDuplicateBlockIds } from './withoutDuplicateBlockIds'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    structureSafeEditing: {
      /**
       * Deletes a selection that spans fields or blocks as in a Word table: the covered text goes, the
       * fields and blocks stay unless covered completely. Fails where an ordinary deletion is safe.
       */
      deleteSelectionSafely: () => ReturnType
    }
  }
}

export const structureSafeEditingPluginKey = new PluginKey('structureSafeEditing')

/**
 * Structure-safe editing: whatever a selection spans — fields of one Teilziel, several Teilziele,
 * Maßnahmen, Oberziele, Handlungsfelder — Delete, Backspace, Enter, typing over it (also through an input
 * method), cutting it, pasting or dropping over it remove exactly the selected text and keep every field
 * and every block that is not selected completely (see findStructureSafeDeletion). Each of these is one
 * transaction, so one undo step. Pasting or dropping into a field keeps it one field (see fitSliceToField);
 * pasted copies of blocks get ids of their own.
 */
export const StructureSafeEditing = Extension.create({
  name: 'structureSafeEditing',
  // Ahead of the keymaps of lists and of the core (Backspace, Delete, Enter), behind the slash menu.
  priority: 900,

  addCommands() {
    return {
      deleteSelectionSafely:
        () =>
        ({ tr, dispatch }) => {
          if (!needsStructureSafeDeletion(tr.selection)) return false
          if (dispatch) deleteStructureSafely(tr.scrollIntoView())
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    const replaceSelection = (insert: 'paragraph' | 'hardBreak') => () => {
      if (!this.editor.can().deleteSelectionSafely()) return false
      const chain = this.editor.chain().deleteSelectionSafely()
      if (insert === 'hardBreak') return chain.setHardBreak().run()
      return chain.first(({ commands }) => [() => commands.splitListItem(NodeName.listItem), () => commands.splitBlock()]).run()
    }
    return {
      Enter: replaceSelection('paragraph'),
      'Shift-Enter': replaceSelection('hardBreak'),
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: structureSafeEditingPluginKey,
        props: {
          handleKeyDown: (view, event) => {
            if (event.isComposing) return false
            // A dead key (´ then e) or an input method starts a composition that replaces the selection in the
            // DOM itself, beyond ProseMirror's reach: the selection is cleared the safe way first, and the
            // composition then starts at the caret.
            if (event.key === 'Dead' || event.key === 'Process' || event.keyCode === 229) {
              const tr = view.state.tr
              if (deleteStructureSafely(tr)) view.dispatch(tr.scrollIntoView())
              return false
            }
            // Every variant (Strg, Alt, Umschalt): an unhandled one would reach the browser's own deletion.
            if (event.key !== 'Backspace' && event.key !== 'Delete') return false
            const tr = view.state.tr
            if (!deleteStructureSafely(tr)) return false
            view.dispatch(tr.scrollIntoView())
            return true
          },
          handleTextInput: (view, from, to, text) => {
            const tr = view.state.tr
            if (!deleteStructureSafely(tr, from, to)) return false
            tr.insertText(text, tr.selection.from)
            view.dispatch(tr.scrollIntoView())
            return true
          },
          transformPasted: (slice, view) => withoutDuplicateBlockIds(slice, view.state.doc),
          handlePaste: (view, _event, slice) => {
            const tr = view.state.tr
            const deleted = deleteStructureSafely(tr)
            const fitted = fitSliceToField(slice, tr.selection.$from)
            if (!deleted && !fitted) return false
            tr.replaceSelection(fitted ?? slice)
            view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
            return true
          },
          handleDrop: (view, event, slice, moved) => handleDrop(view, event, slice, moved),
          handleDOMEvents: {
            // The same for a composition that starts without such a key (on-screen keyboards, dictation).
            compositionstart: (view) => {
              const tr = view.state.tr
              if (deleteStructureSafely(tr)) view.dispatch(tr.scrollIntoView())
              return false
            },
            cut: (view, event) => {
              const { selection } = view.state
              const data = event.clipboardData
              if (!data || !needsStructureSafeDeletion(selection)) return false
              const { dom, text } = view.serializeForClipboard(selection.content())
              event.preventDefault()
              data.clearData()
              data.setData('text/html', dom.innerHTML)
              data.setData('text/plain', text)
              const tr = view.state.tr
              deleteStructureSafely(tr)
              view.dispatch(tr.scrollIntoView().setMeta('uiEvent', 'cut'))
              return true
            },
          },
        },
      }),
    ]
  },
})

/** Dropping text dragged out of the editor: moved across fields, it leaves the fields behind; dropped into a field, it fits it. */
function handleDrop(view: EditorView, event: DragEvent, slice: Slice, moved: boolean): boolean {
  const { selection } = view.state
  const unsafeMove = moved && needsStructureSafeDeletion(selection)
  const target = view.posAtCoords({ left: event.clientX, top: event.clientY })
  if (!target) return false
  const fitted = fitSliceToField(slice, view.state.doc.resolve(target.pos))
  if (!unsafeMove && !fitted) return false
  // A drop into the dragged text itself changes nothing, as in ProseMirror.
  if (moved && target.pos >= selection.from && target.pos <= selection.to) return true
  const tr = view.state.tr
  if (moved && !deleteStructureSafely(tr)) tr.deleteSelection()
  const insertAt = tr.mapping.map(target.pos)
  const firstInsertStep = tr.steps.length
  tr.replaceRange(insertAt, insertAt, fitted ?? slice)
  const end = tr.mapping.slice(firstInsertStep).map(insertAt, 1)
  tr.setSelection(TextSelection.between(tr.doc.resolve(tr.mapping.slice(firstInsertStep).map(insertAt, -1)), tr.doc.resolve(end)))
  view.focus()
  view.dispatch(tr.setMeta('uiEvent', 'drop'))
  return true
}
