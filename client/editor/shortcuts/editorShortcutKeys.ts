/** The keys of the shortcuts that lead out of the text, in Tiptap's notation; the editor binds them, the help lists them. */
export const editorShortcutKeys = {
  linkDialog: 'Mod-k',
  toolbar: 'Alt-F10',
  leaveText: 'Escape',
  nextRegion: 'F6',
  previousRegion: 'Shift-F6',
  shortcutHelp: '?',
} as const

/** Field navigation (FieldNavigation) and list indentation (ListIndentation), as those extensions bind them. */
export const fieldShortcutKeys = {
  nextField: 'Tab',
  previousField: 'Shift-Tab',
  indentListItem: 'Alt-Shift-ArrowRight',
  outdentListItem: 'Alt-Shift-ArrowLeft',
  moveBlockUp: 'Alt-Shift-ArrowUp',
  moveBlockDown: 'Alt-Shift-ArrowDown',
} as const
