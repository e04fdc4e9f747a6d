import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Plugin, type PluginView, type Selection, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { createConceptExtensions } from '../../shared/schema/conceptExtensions'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'

/** What a cut put on the clipboard; `html` holds the slice as JSON (there is no DOM to serialize into). */
export interface HeadlessClipboard {
  html: string
  text: string
}

export interface KeyModifiers {
  shift?: boolean
  ctrl?: boolean
  alt?: boolean
}

export interface YjsBoundEditor {
  readonly editor: Editor
  readonly undoManager: Y.UndoManager
  select(selection: (doc: ProseMirrorNode) => Selection): void
  /** A keydown through the plugins' handlers, as the browser's keydown reaches ProseMirror; whether one handled it. */
  pressKey(key: string, modifiers?: KeyModifiers): boolean
  /** Typing character by character, as ProseMirror's keypress and text input handling does. */
  type(text: string): void
  /** A cut through the plugins' cut handlers or ProseMirror's own; returns what went to the clipboard. */
  cut(): HeadlessClipboard
  /** A paste of what `cut` returned (or any slice), through transformPasted and handlePaste or ProseMirror's own. */
  paste(content: HeadlessClipboard | Slice): void
  /** Drags the selection and drops it at `target` (a position), through the plugins' drop handlers or ProseMirror's own. */
  drop(target: number): void
  /** Starts a new undo step, as a pause in typing does. */
  stopCapturing(): void
  destroy(): void
}

/**
 * A real Tiptap editor with the concept extensions and the collaboration extension, without a DOM, bound
 * to `ydoc` by the real y-prosemirror sync and undo plugins: every dispatch is written to Yjs as in the
 * browser, and undo and redo go through the Yjs UndoManager. The view the plugins get is a stand-in that
 * does what those plugins ask of a view (state, dispatch, focus).
 */
export function createYjsBoundEditor(ydoc: Y.Doc): YjsBoundEditor {
  const editor = new Editor({
    element: null,
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
    extensions: [...createConceptExtensions(), Collaboration.configure({ document: ydoc, field: CONTENT_FRAGMENT })],
    enableInputRules: false,
    enablePasteRules: false,
  })
  const plugins = withNavigator(() => editor.extensionManager.plugins)
  let dropTarget: number | null = null
  const view = {
    get state() {
      return editor.state
    },
    dispatch: (tr: Transaction) => editor.view.dispatch(tr),
    hasFocus: () => false,
    focus: () => undefined,
    dom: new EventTarget(),
    composing: false,
    editable: true,
    isDestroyed: false,
    endOfTextblock(direction: string, state?: EditorState) {
      const { $head } = (state ?? editor.state).selection
      return ['backward', 'left', 'up'].includes(direction) ? $head.parentOffset === 0 : $head.parentOffset === $head.parent.content.size
    },
    posAtCoords: () => (dropTarget === null ? null : { pos: dropTarget, inside: -1 }),
    serializeForClipboard: (slice: Slice) => ({ dom: { innerHTML: JSON.stringify(slice.toJSON()) }, text: slice.content.textBetween(0, slice.content.size, '\n\n') }),
  } as unknown as EditorView

  editor.view.updateState(editor.state.reconfigure({ plugins }))
  let previousState = editor.state
  const pluginViews: PluginView[] = []
  editor.on('beforeTransaction', () => {
    previousState = editor.state
  })
  editor.on('transaction', () => {
    for (const pluginView of pluginViews) pluginView.update?.(view, previousState)
  })
  for (const plugin of plugins) {
    if (plugin.spec.key !== ySyncPluginKey && plugin.spec.key !== yUndoPluginKey) continue
    const pluginView = plugin.spec.view?.(view)
    if (pluginView) pluginViews.push(pluginView)
  }
  const undoManager = (yUndoPluginKey.getState(editor.state) as { undoManager: Y.UndoManager }).undoManager

  const someProp = <T>(run: (plugin: Plugin) => T | undefined): T | undefined => {
    for (const plugin of plugins) {
      const result = withNavigator(() => run(plugin))
      if (result) return result
    }
    return undefined
  }

  return {
    editor,
    undoManager,
    select(selection) {
      view.dispatch(editor.state.tr.setSelection(selection(editor.state.doc)))
    },
    pressKey(key, modifiers = {}) {
      let prevented = false
      const event = {
        type: 'keydown',
        key,
        code: key,
        keyCode: 0,
        shiftKey: modifiers.shift ?? false,
        ctrlKey: modifiers.ctrl ?? false,
        altKey: modifiers.alt ?? false,
        metaKey: false,
        isComposing: false,
        preventDefault() {
          prevented = true
        },
      } as unknown as KeyboardEvent
      return (someProp((plugin) => plugin.props.handleKeyDown?.call(plugin, view, event)) ?? false) || prevented
    },
    type(text) {
      for (const character of text) {
        const { from, to } = editor.state.selection
        const insert = () => editor.state.tr.insertText(character).scrollIntoView()
        if (!someProp((plugin) => plugin.props.handleTextInput?.call(plugin, view, from, to, character, insert))) view.dispatch(insert())
      }
    },
    cut() {
      const data = new Map<string, string>()
      let prevented = false
      const event = {
        type: 'cut',
        clipboardData: { clearData: () => data.clear(), setData: (type: string, value: string) => data.set(type, value) },
        preventDefault() {
          prevented = true
        },
      } as unknown as ClipboardEvent
      const handled = someProp((plugin) => plugin.props.handleDOMEvents?.cut?.call(plugin, view, event)) ?? false
      if (!handled && !prevented) {
        // ProseMirror's own cut handler.
        const { selection } = editor.state
        const { dom, text } = view.serializeForClipboard(selection.content())
        data.set('text/html', dom.innerHTML)
        data.set('text/plain', text)
        view.dispatch(editor.state.tr.deleteSelection().scrollIntoView().setMeta('uiEvent', 'cut'))
      }
      return { html: data.get('text/html') ?? '', text: data.get('text/plain') ?? '' }
    },
    paste(content) {
      let slice = content instanceof Slice ? content : Slice.fromJSON(editor.schema, JSON.parse(content.html) as Record<string, unknown>)
      for (const plugin of plugins) {
        const transform = plugin.props.transformPasted
        if (transform) slice = transform.call(plugin, slice, view, false)
      }
      const event = { type: 'paste', preventDefault() {} } as unknown as ClipboardEvent
      if (someProp((plugin) => plugin.props.handlePaste?.call(plugin, view, event, slice))) return
      view.dispatch(editor.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
    },
    drop(target) {
      let slice = editor.state.selection.content()
      for (const plugin of plugins) {
        const transform = plugin.props.transformPasted
        if (transform) slice = transform.call(plugin, slice, view, false)
      }
      const event = { type: 'drop', clientX: 0, clientY: 0, preventDefault() {} } as unknown as DragEvent
      dropTarget = target
      try {
        if (someProp((plugin) => plugin.props.handleDrop?.call(plugin, view, event, slice, true))) return
      } finally {
        dropTarget = null
      }
      // ProseMirror's own drop of moved content: the dragged selection goes, the slice comes in at the drop point.
      const tr = editor.state.tr.deleteSelection()
      const position = tr.mapping.map(target)
      view.dispatch(tr.replaceRange(position, position, slice).setMeta('uiEvent', 'drop'))
    },
    stopCapturing() {
      undoManager.stopCapturing()
    },
    destroy() {
      for (const pluginView of pluginViews) pluginView.destroy?.()
      editor.destroy()
    },
  }
}

/** A caret or range by document positions, for `select`. */
export function textRange(from: number, to = from): (doc: ProseMirrorNode) => Selection {
  return (doc) => TextSelection.create(doc, from, to)
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

