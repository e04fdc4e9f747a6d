import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { CSSProperties, MouseEvent } from 'react'
import type { BlockCommand } from '../commands/BlockCommand'
import { canRunBlockCommand } from '../commands/canRunBlockCommand'
import { filterBlockCommands } from '../commands/filterBlockCommands'
import { runSlashMenuCommand } from './runSlashMenuCommand'
import { slashMenuPluginKey } from './SlashCommands'
import { slashMenuListboxId, slashMenuOptionId } from './slashMenuIds'

const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }

/**
 * The listbox of the slash menu, placed under the "/". Focus stays in the editor, which is then a combobox
 * pointing at the highlighted option with `aria-activedescendant`; the keys are handled by `SlashCommands`.
 * A status message, present before the menu opens, announces it with its number of options.
 */
export function SlashMenu({ editor }: { editor: Editor }) {
  const menu = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = slashMenuPluginKey.getState(current.state)
      return state?.active && current.isFocused ? state : null
    },
  })
  const commands = menu ? filterBlockCommands(menu.query) : []
  const announcement = commands.length > 0 ? `Bausteine: ${commands.length === 1 ? 'ein Vorschlag' : `${commands.length} Vorschläge`}. Pfeiltasten wählen, Enter fügt ein, Esc schließt.` : ''
  const status = (
    <p role="status" style={visuallyHidden} data-testid="slash-menu-status">
      {announcement}
    </p>
  )
  if (!menu || commands.length === 0) return status

  const caret = editor.view.coordsAtPos(menu.from)
  const surface = editor.view.dom.getBoundingClientRect()
  const range = { from: menu.from, to: menu.to }

  const handleMouseDown = (event: MouseEvent) => event.preventDefault()
  const handleSelect = (command: BlockCommand) => runSlashMenuCommand(editor, command, range)

  return (
    <>
      {status}
      <div className="slash-menu" style={{ top: caret.bottom - surface.top + 4, left: Math.max(0, caret.left - surface.left) }} data-testid="slash-menu">
        <ul role="listbox" id={slashMenuListboxId} aria-label="Baustein einfügen" className="slash-menu-list">
          {commands.map((command, index) => {
            const available = canRunBlockCommand(editor, command)
            return (
              <li
                key={command.id}
                id={slashMenuOptionId(command.id)}
                role="option"
                aria-selected={index === menu.selectedIndex}
                aria-disabled={available ? undefined : true}
                className="slash-menu-option"
                data-testid="slash-menu-option"
                data-command={command.id}
                onMouseDown={handleMouseDown}
                onClick={() => handleSelect(command)}
              >
                <span className="slash-menu-option-label">{command.label}</span>
                <span className="slash-menu-option-description">{available ? command.description : 'An dieser Stelle nicht möglich'}</span>
              </li>
            )
          })}
        </ul>
        <p className="slash-menu-hint" aria-hidden="true">
          ↑ ↓ auswählen · Enter einfügen · Esc schließen
        </p>
      </div>
    </>
  )
}
