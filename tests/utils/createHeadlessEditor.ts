import { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, TextSelection, type Plugin, type Selection } from '@tiptap/pm/state'
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { createConceptExtensions } from '../../shared/schema/conceptExtensions'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'

export interface HeadlessEditor {
  readonly editor: Editor
  /** The document as the binding reads it from Yjs. */
  read(): ProseMirrorNode
  /**
   * One user action: the editor state is read from Yjs, `action` runs real editor commands (the editor's
   * plugins append block ids and repairs as in the browser), and the result is written back the way the
   * Yjs binding writes it. Returns whether the action changed anything.
   */
  act(action: (editor: Editor) => void, selection?: (doc: ProseMirrorNode) => Selection): boolean
  /** Presses a key through the editor's keymaps, as a keydown in the browser would. */
  pressKey(key: 'Backspace' | 'Delete' | 'Enter'): boolean
  destroy(): void
}

/**
 * A real Tiptap editor with the concept extensions, without a DOM, bound to a Y.Doc by the two halves of
 * the y-prosemirror binding (read the fragment into ProseMirror, write a changed document back).
 */
export function createHeadlessEditor(ydoc: Y.Doc, engine?: HeadlessEditorEngine): HeadlessEditor {
  const { editor, plugins } = engine ?? createHeadlessEditorEngine()
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  const read = () => initProseMirrorDoc(fragment, editor.schema).doc
  const pressKey = (key: string): boolean => {
    const event = { key, code: key, keyCode: 0, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, preventDefault() {} } as unknown as KeyboardEvent
    for (const plugin of plugins) {
      const handler = plugin.props.handleKeyDown
      if (!handler) continue
      try {
        if (withNavigator(() => handler.call(plugin, editor.view, event))) return true
      } catch (error) {
        // Handlers that need a mounted view (caret movement, gap cursor) do nothing headless.
        if (!(error instanceof Error) || !error.message.includes('editor view is not available')) throw error
      }
    }
    return false
  }
  return {
    editor,
    read,
    act(action, selection) {
      const { doc, meta } = initProseMirrorDoc(fragment, editor.schema)
      const state = EditorState.create({ doc, plugins, selection: selection ? selection(doc) : TextSelection.atStart(doc) })
      editor.view.updateState(state)
      const before = editor.state.doc
      action(editor)
      const after = editor.state.doc
      if (after.eq(before)) return false
      ydoc.transact(() => updateYFragment(ydoc, fragment, after, meta))
      return true
    },
    pressKey,
    destroy() {
      // A shared engine outlives the documents it edits; its owner destroys it.
      if (!engine) editor.destroy()
    },
  }
}

/** The Tiptap editor and its plugins, without a document. */
export interface HeadlessEditorEngine {
  readonly editor: Editor
  readonly plugins: readonly Plugin[]
}

/**
 * Builds the editor once (building its schema is most of the cost of a headless session), so that several
 * sessions can share it: every action starts from a fresh state read from its own Y.Doc, so nothing carries over.
 */
export function createHeadlessEditorEngine(): HeadlessEditorEngine {
  const editor = new Editor({ element: null, content: { type: 'doc', content: [{ type: 'paragraph' }] }, extensions: createConceptExtensions(), enableInputRules: false, enablePasteRules: false })
  // Unmounted, the editor's state has no plugins yet: keymaps, block ids and repairs come from its extensions.
  return { editor, plugins: withNavigator(() => editor.extensionManager.plugins) }
}

/** Tiptap asks the platform for its keymaps; Node 20 has no `navigator`, so one is lent for the call. */
function withNavigator<T>(run: () => T): T {
  if ('navigator' in globalThis) return run()
  Object.defineProperty(globalThis, 'navigator', { value: { platform: 'Linux x86_64', userAgent: 'Node.js' }, configurable: true })
  try {
    return run()
  } finally {
    Reflect.deleteProperty(globalThis, 'navigator')
  }
}
