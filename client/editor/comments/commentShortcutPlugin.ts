import { Plugin, PluginKey } from '@tiptap/pm/state'

export const commentShortcutPluginKey = new PluginKey('commentShortcut')

/** Ctrl+Alt+M (⌘+Alt+M), as in Word: comment on the selected passage. */
export function createCommentShortcutPlugin(onComment: () => void): Plugin {
  return new Plugin({
    key: commentShortcutPluginKey,
    props: {
      handleKeyDown(_view, event) {
        if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== 'KeyM') return false
        event.preventDefault()
        onComment()
        return true
      },
    },
  })
}
