const modifierNames: Record<string, string> = { Mod: 'Control', Ctrl: 'Control', Control: 'Control', Alt: 'Alt', Shift: 'Shift', Meta: 'Meta' }

/** A Tiptap key binding ("Mod-Shift-k") as `aria-keyshortcuts` spells it ("Control+Shift+K"). */
export function tiptapKeyToAria(binding: string): string {
  const parts = binding === '-' ? ['-'] : binding.split(/-(?!$)/)
  const key = parts.pop() ?? ''
  const modifiers = parts.map((part) => modifierNames[part] ?? part)
  return [...modifiers, key.length === 1 ? key.toUpperCase() : key].join('+')
}
