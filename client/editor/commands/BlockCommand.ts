import type { ChainedCommands, Editor } from '@tiptap/core'

/** An insert or paragraph-format command, offered by the toolbar and by the slash menu alike. */
export interface BlockCommand {
  id: string
  label: string
  /** What the command does, for tooltips and the slash menu. */
  description: string
  group: 'insert' | 'format'
  /** Extra words the slash menu matches, lower case and without umlauts. */
  keywords: readonly string[]
  testId: string
  /** As `aria-keyshortcuts` expects it, e.g. `Control+Alt+1`. */
  keyShortcut?: string
  apply: (chain: ChainedCommands) => ChainedCommands
  isActive?: (editor: Editor) => boolean
}
