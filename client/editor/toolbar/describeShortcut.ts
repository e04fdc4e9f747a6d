/** An `aria-keyshortcuts` value as German keyboards label it: "Control+Alt+1" → "Strg+Alt+1". */
export function describeShortcut(keyShortcut: string | undefined): string {
  return keyShortcut ? keyShortcut.replace('Control', 'Strg').replace('Shift', 'Umschalt') : ''
}
