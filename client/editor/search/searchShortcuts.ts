/** The search bar's keys, as `aria-keyshortcuts` spells them; the bar and the shortcut help read them here. */
export const searchShortcuts = {
  open: 'Control+F',
  openReplace: 'Control+H',
  next: 'Enter F3',
  previous: 'Shift+Enter Shift+F3',
  close: 'Escape',
} as const
