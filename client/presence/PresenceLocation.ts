import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { Awareness } from 'y-protocols/awareness'
import type { EditorLocation } from './EditorLocation'
import { findEditorLocation } from './findEditorLocation'

export interface PresenceLocationOptions {
  awareness: Awareness | null
  /** The shortest time between two published locations; the last one is always published. */
  throttleMilliseconds: number
}

export const presenceLocationPluginKey = new PluginKey('presenceLocation')

/**
 * Publishes in the awareness state, as `location`, which Handlungsfeld and block the cursor is in, so the
 * others' outlines can show where everyone works. Only once the editor has had the focus (the initial
 * selection at the start of the document says nothing), and kept when the focus moves on to the toolbar.
 */
export const PresenceLocation = Extension.create<PresenceLocationOptions>({
  name: 'presenceLocation',

  addOptions() {
    return { awareness: null, throttleMilliseconds: 300 }
  },

  addProseMirrorPlugins() {
    const { awareness, throttleMilliseconds } = this.options
    if (!awareness) return []
    return [
      new Plugin({
        key: presenceLocationPluginKey,
        view: (view) => {
          let published: EditorLocation | null = null
          let pending: EditorLocation | null = null
          let timer: ReturnType<typeof setTimeout> | undefined

          const publish = () => {
            timer = undefined
            if (!pending || sameLocation(pending, published)) return
            published = pending
            awareness.setLocalStateField('location', published)
            timer = setTimeout(publish, throttleMilliseconds)
          }
          const track = (current: EditorView) => {
            if (!current.hasFocus()) return
            pending = findEditorLocation(current.state.selection.$head)
            if (timer === undefined) publish()
          }
          const handleFocus = () => track(view)

          view.dom.addEventListener('focusin', handleFocus)
          return {
            update: track,
            destroy: () => {
              view.dom.removeEventListener('focusin', handleFocus)
              clearTimeout(timer)
              if (published) awareness.setLocalStateField('location', null)
            },
          }
        },
      }),
    ]
  },
})

function sameLocation(left: EditorLocation, right: EditorLocation | null): boolean {
  return right !== null && left.handlungsfeldId === right.handlungsfeldId && left.blockId === right.blockId
}
