import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { filterBlockCommands } from '../commands/filterBlockCommands'
import { findSlashTrigger } from './findSlashTrigger'
import { runSlashMenuCommand } from './runSlashMenuCommand'
import { slashMenuListboxId, slashMenuOptionId } from './slashMenuIds'
import type { SlashMenuMeta, SlashMenuState } from './SlashMenuState'

export const slashMenuPluginKey = new PluginKey<SlashMenuState>('slashMenu')

const closed: SlashMenuState = { active: false, from: 0, to: 0, query: '', selectedIndex: 0, dismissedAt: null }

/**
 * Typing "/" at the start of a paragraph or after a space opens a menu of the block commands, filtered by
 * what follows ("/teil" → Teilziel). The plugin tracks the menu; `SlashMenu` renders it. The high
 * priority lets arrows, Enter, Tab and Escape reach the menu before lists and field navigation do.
 */
export const SlashCommands = Extension.create({
  name: 'slashCommands',
  priority: 1000,

  addProseMirrorPlugins() {
    return [
      new Plugin<SlashMenuState>({
        key: slashMenuPluginKey,
        state: {
          init: () => closed,
          apply: (tr, previous, _oldState, newState) => nextMenuState(tr, previous, findSlashTrigger(newState.selection)),
        },
        props: {
          attributes: (state): Record<string, string> => {
            const menu = slashMenuPluginKey.getState(state)
            const command = menu?.active ? filterBlockCommands(menu.query)[menu.selectedIndex] : undefined
            return command ? { 'aria-controls': slashMenuListboxId, 'aria-activedescendant': slashMenuOptionId(command.id) } : {}
          },
        },
      }),
    ]
  },

  addKeyboardShortcuts() {
    const openMenu = () => {
      const menu = slashMenuPluginKey.getState(this.editor.state)
      return menu?.active && filterBlockCommands(menu.query).length > 0 ? menu : null
    }
    const setMeta = (meta: SlashMenuMeta) => this.editor.view.dispatch(this.editor.state.tr.setMeta(slashMenuPluginKey, meta))
    const move = (step: number) => {
      const menu = openMenu()
      if (!menu) return false
      const count = filterBlockCommands(menu.query).length
      setMeta({ type: 'select', index: (menu.selectedIndex + step + count) % count })
      return true
    }
    const choose = () => {
      const menu = openMenu()
      const command = menu ? filterBlockCommands(menu.query)[menu.selectedIndex] : undefined
      if (!menu || !command) return false
      runSlashMenuCommand(this.editor, command, menu)
      return true
    }
    return {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: choose,
      Tab: choose,
      Escape: () => {
        if (!openMenu()) return false
        setMeta({ type: 'dismiss' })
        return true
      },
    }
  },
})

function nextMenuState(tr: Transaction, previous: SlashMenuState, trigger: ReturnType<typeof findSlashTrigger>): SlashMenuState {
  if (!trigger) return previous.active || previous.dismissedAt !== null ? closed : previous
  const meta = tr.getMeta(slashMenuPluginKey) as SlashMenuMeta | undefined
  const dismissedAt = previous.dismissedAt === null ? null : tr.mapping.map(previous.dismissedAt)
  if (meta?.type === 'dismiss' || dismissedAt === trigger.from) return { ...closed, dismissedAt: trigger.from }
  const continuing = previous.active && tr.mapping.map(previous.from) === trigger.from
  // Only the user's own typing opens the menu: not remote changes, not automatic repairs, not moving the cursor.
  const typedHere = tr.docChanged && !isChangeOrigin(tr) && tr.getMeta('addToHistory') !== false
  if (!continuing && !typedHere) return previous.active || previous.dismissedAt !== null ? closed : previous
  const selectedIndex = meta?.type === 'select' ? meta.index : continuing && previous.query === trigger.query ? previous.selectedIndex : 0
  const next: SlashMenuState = { active: true, ...trigger, selectedIndex, dismissedAt: null }
  const unchanged =
    previous.active && previous.from === next.from && previous.to === next.to && previous.query === next.query && previous.selectedIndex === next.selectedIndex
  return unchanged ? previous : next
}
