import { filterBlockCommands } from '../commands/filterBlockCommands'
import { slashMenuListboxId, slashMenuOptionId } from './slashMenuIds'
import type { SlashMenuState } from './SlashMenuState'

const comboboxAttributes = ['aria-expanded', 'aria-controls', 'aria-activedescendant', 'aria-autocomplete'] as const

/**
 * While the slash menu is open the editor is an expanded combobox that controls the menu's listbox and points
 * at the highlighted option, so screen readers announce the menu and its options while the focus stays in
 * the text; once it closes, the editor is the multi-line text box again. ProseMirror sets only attributes
 * whose computed value changes, so these survive its updates.
 */
export function showSlashMenuAsCombobox(editorElement: HTMLElement, menu: SlashMenuState): void {
  const command = menu.active ? filterBlockCommands(menu.query)[menu.selectedIndex] : undefined
  if (command) {
    editorElement.setAttribute('role', 'combobox')
    editorElement.removeAttribute('aria-multiline')
    editorElement.setAttribute('aria-expanded', 'true')
    editorElement.setAttribute('aria-controls', slashMenuListboxId)
    editorElement.setAttribute('aria-activedescendant', slashMenuOptionId(command.id))
    editorElement.setAttribute('aria-autocomplete', 'list')
    return
  }
  if (editorElement.getAttribute('role') !== 'combobox') return
  editorElement.setAttribute('role', 'textbox')
  editorElement.setAttribute('aria-multiline', 'true')
  for (const attribute of comboboxAttributes) editorElement.removeAttribute(attribute)
}
