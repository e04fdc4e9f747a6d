const germanKeyNames: Record<string, string> = {
  Control: 'Strg',
  Shift: 'Umschalt',
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Enter: 'Eingabe',
}

/**
 * An `aria-keyshortcuts` value as German keyboards label it: "Control+Alt+1" → "Strg+Alt+1",
 * "Alt+Shift+ArrowUp" → "Alt+Umschalt+↑"; alternatives ("Enter F3") are joined with "oder".
 */
export function describeShortcut(keyShortcut: string | undefined): string {
  if (!keyShortcut) return ''
  return keyShortcut
    .split(' ')
    .map((combination) =>
      combination
        .split('+')
        .map((key) => germanKeyNames[key] ?? key)
        .join('+'),
    )
    .join(' oder ')
}
