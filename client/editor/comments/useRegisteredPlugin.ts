import type { Editor } from '@tiptap/core'
import type { Plugin } from '@tiptap/pm/state'
import { useEffect } from 'react'

/** Adds a ProseMirror plugin to a running editor for as long as the calling component is mounted. */
/** The plugin must have a key (by which it is removed again). */
export function useRegisteredPlugin(editor: Editor | null, createPlugin: () => Plugin): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const plugin = createPlugin()
    editor.registerPlugin(plugin)
    return () => {
      const key = plugin.spec.key
      if (key && !editor.isDestroyed) editor.unregisterPlugin(key)
    }
    // The plugin factory is fixed per caller; only a new editor needs a new plugin.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor])
}
