import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey, type Selection, type Transaction } from '@tiptap/pm/state'
import { filterBlockCommands } from '../commands/filterBlockCommands'
import { findSlashTrigger, type SlashTrigger } from './findSlashTrigger'
import { runSlashMenuCommand } from './runSlashMenuCommand'
import { showSlashMenuAsCombobox } from './showSlashMenuAsCombobox'
import type { SlashMenuMeta, SlashMenuState } from './SlashMenuState'

export const slashMenuPluginKey = new PluginKey<SlashMenuState>('slashMenu')

const closed: SlashMenuState = { active: false, from: 0, to: 0, query: '', selectedIndex: 0, dismissedAt: null }

/**
 * Typing "/" on an empty line opens a menu of the block commands, filtered by what follows ("/teil" →
 * Teilziel); after a space in running text it opens only once what follows names a command, so that
 * "Entwurf /" and Enter make a new line. The plugin tracks the menu and makes the editor an expanded
 * combobox while it is open (showSlashMenuAsCombobox); `SlashMenu` renders it. The high priority lets
 * arrows, Enter, Tab and Escape reach the menu before lists and field navigation do.
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
          apply: (tr, previous, _oldState, newState) => nextMenuState(tr, previous, findMenuTrigger(newState.selection)),
        },
        view: (view) => {
          const update = () => showSlashMenuAsCombobox(view.dom, slashMenuPluginKey.getState(view.state) ?? closed)
          update()
          return { update, destroy: () => showSlashMenuAsCombobox(view.dom, closed) }
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

function findMenuTrigger(selection: Selection): SlashTrigger | null {
  const trigger = findSlashTrigger(selection)
  if (!trigger) return null
  return trigger.alone || (trigger.query.length > 0 && filterBlockCommands(trigger.query).length > 0) ? trigger : null
}

function nextMenuState(tr: Transaction, previous: SlashMenuState, trigger: SlashTrigger | null): SlashMenuState {
  if (!trigger) return previous.active || previous.dismissedAt !== null ? closed : previous
  const meta = tr.getMeta(slashMenuPluginKey) as SlashMenuMeta | undefined
  const dismissedAt = previous.dismissedAt === null ? null : tr.mapping.map(previous.dismissedAt)
  if (meta?.type === 'dismiss' || dismissedAt === trigger.from) return { ...closed, dismissedAt: trigger.from }
  const continuing = previous.active && tr.mapping.map(previous.from) === trigger.from
  // Only the user's own typing opens the menu: not remote changes, not automatic repairs, not moving the cursor.
  const typedHere = tr.docChanged && !isChangeOrigin(tr) && tr.getMeta('addToHistory') !== false
  if (!continuing && !typedHere) return previous.active || previous.dismissedAt !== null ? closed : previous
  const selectedIndex = meta?.type === 'select' ? meta.index : continuing && previous.query === trigger.query ? previous.selectedIndex : 0
  const next: SlashMenuState = { active: true, from: trigger.from, to: trigger.to, query: trigger.query, selectedIndex, dismissedAt: null }
  const unchanged =
    previous.active && previous.from === next.from && previous.to === next.to && previous.query === next.query && previous.selectedIndex === next.selectedIndex
  return unchanged ? previous : next
}
