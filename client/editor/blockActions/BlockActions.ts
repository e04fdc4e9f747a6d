import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { findMovableBlockAround } from '../../../shared/schema/commands/findMovableBlock'
import type { BlockStepDirection } from '../../../shared/schema/commands/findBlockStepTarget'
import { BlockActionsStore } from './BlockActionsStore'
import { blockRefAt, resolveBlockRef } from './BlockRef'
import { buildOberzielHandles } from './buildOberzielHandles'
import { findBlockDrop } from './findBlockDrop'
import { findBlockHandle } from './findBlockHandle'
import { performBlockAction } from './performBlockAction'

export interface BlockActionsStorage {
  store: BlockActionsStore
}

declare module '@tiptap/core' {
  interface Storage {
    blockActions: BlockActionsStorage
  }
}

export const blockActionsPluginKey = new PluginKey('blockActions')
export const oberzielHandlesPluginKey = new PluginKey<DecorationSet>('oberzielHandles')

/**
 * Block actions by keyboard and by dragging a handle: Alt+Umschalt+↑/↓ moves the Teilziel, Maßnahme, Oberziel
 * or Handlungsfeld the caret is in, Umschalt+F10 opens its menu; a block dragged by its handle is dropped
 * between blocks only where it may stand (ProseMirror's own drop would put it into a field). For editors only:
 * readers get neither handles nor this extension.
 */
export const BlockActions = Extension.create<Record<string, never>, BlockActionsStorage>({
  name: 'blockActions',
  // Ahead of the drop cursor and the list shortcuts, so a dragged block shows only its own drop line.
  priority: 1000,

  addStorage() {
    return { store: new BlockActionsStore() }
  },

  addKeyboardShortcuts() {
    const step = (direction: BlockStepDirection) => () => {
      const block = findMovableBlockAround(this.editor.state.selection.$head)
      if (!block) return false
      performBlockAction(this.editor, this.storage.store, { position: block.position, id: null }, { kind: 'step', direction })
      return true
    }
    return {
      'Alt-Shift-ArrowUp': step('up'),
      'Alt-Shift-ArrowDown': step('down'),
      'Shift-F10': () => openMenuAtCaret(this.editor, this.storage.store),
    }
  },

  addProseMirrorPlugins() {
    const { store } = this.storage
    const editor = this.editor
    return [
      new Plugin<DecorationSet>({
        key: oberzielHandlesPluginKey,
        state: {
          init: (_config, state) => buildOberzielHandles(state.doc, store),
          apply: (tr, handles) => (tr.docChanged ? buildOberzielHandles(tr.doc, store) : handles),
        },
        props: {
          decorations: (state) => oberzielHandlesPluginKey.getState(state),
        },
      }),
      new Plugin({
        key: blockActionsPluginKey,
        props: {
          handleDOMEvents: {
            dragover: (view, event) => {
              const dragged = store.dragged ? resolveBlockRef(view.state.doc, store.dragged) : null
              if (!dragged) return false
              event.preventDefault()
              const drop = findBlockDrop(view, event, dragged.position)
              if (event.dataTransfer) event.dataTransfer.dropEffect = drop ? 'move' : 'none'
              store.showDropIndicator(drop?.indicator ?? null)
              return true
            },
            dragleave: (view, event) => {
              if (!store.dragged) return false
              if (!(event.relatedTarget instanceof Node) || !view.dom.contains(event.relatedTarget)) store.showDropIndicator(null)
              return true
            },
            drop: (view, event) => {
              const ref = store.dragged
              const dragged = ref ? resolveBlockRef(view.state.doc, ref) : null
              if (!ref) return false
              event.preventDefault()
              const drop = dragged ? findBlockDrop(view, event, dragged.position) : null
              store.endDrag()
              if (drop && dragged) performBlockAction(editor, store, { position: dragged.position, id: ref.id }, { kind: 'drop', target: drop.target })
              else store.announce('Hier kann der Block nicht abgelegt werden.')
              return true
            },
          },
        },
      }),
    ]
  },
})

function openMenuAtCaret(editor: Editor, store: BlockActionsStore): boolean {
  const block = findMovableBlockAround(editor.state.selection.$head)
  const anchor = block ? findBlockHandle(editor.view, block.position) : null
  if (!block || !anchor) return false
  const ref = blockRefAt(editor.state.doc, block.position)
  if (!ref) return false
  store.openMenu({ block: ref, anchor, returnFocusTo: 'editor' })
  return true
}
