/** The id of the slash menu's listbox, referenced by the editor's `aria-controls`. */
export const slashMenuListboxId = 'slash-menu-listbox'

/** The id of one option, referenced by the editor's `aria-activedescendant`. */
export function slashMenuOptionId(commandId: string): string {
  return `slash-menu-option-${commandId}`
}
