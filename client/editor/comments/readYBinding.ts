import type { EditorState } from '@tiptap/pm/state'
import { ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap'

/** The Yjs binding of a collaborative editor state, through which ProseMirror positions and Yjs positions are translated. */
export function readYBinding(state: EditorState): ProsemirrorBinding | null {
  return (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding | null } | undefined)?.binding ?? null
}
