import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { describeBlock } from '../../../shared/schema/commands/describeBlock'
import { findBlockStepTarget } from '../../../shared/schema/commands/findBlockStepTarget'
import { listHandlungsfelder } from '../../../shared/schema/commands/listHandlungsfelder'
import { focusEditorNow } from '../focusEditorNow'
import type { BlockActionsStore, BlockMenuRequest } from './BlockActionsStore'
import { blockMenuId } from './blockMenuId'
import { resolveBlockRef } from './BlockRef'
import { performBlockAction } from './performBlockAction'

interface MenuItem {
  key: string
  label: string
  shortcut?: { shown: string; aria: string }
  disabled: boolean
  danger?: boolean
  onSelect: () => void
}

/**
 * The menu of a block handle (ARIA menu button pattern): the focus moves to the first item, ↑/↓, Pos1/Ende
 * move between items, Enter or Leertaste chooses, Esc and Tab close it and give the focus back to where it came
 * from (the handle, or the text when opened with Umschalt+F10). Items that cannot apply here are announced as
 * unavailable rather than hidden, so the menu keeps its shape.
 */
export function BlockActionMenu({ editor, store, request }: { editor: Editor; store: BlockActionsStore; request: BlockMenuRequest }) {
  const menuRef = useRef<HTMLDivElement>(null)
  const { doc } = editor.state
  const found = resolveBlockRef(doc, request.block)
  const position = found?.position ?? request.block.position
  const name = describeBlock(doc, position)
  const canMoveSomewhere = listHandlungsfelder(doc, position).some((choice) => choice.available)

  const close = () => {
    store.closeMenu()
    if (request.returnFocusTo === 'handle' && request.anchor.isConnected) request.anchor.focus()
    else focusEditorNow(editor)
  }

  const items: MenuItem[] = [
    { key: 'up', label: 'Nach oben', shortcut: { shown: 'Alt+Umschalt+↑', aria: 'Alt+Shift+ArrowUp' }, disabled: findBlockStepTarget(doc, position, 'up') === null, onSelect: () => run({ kind: 'step', direction: 'up' }) },
    { key: 'down', label: 'Nach unten', shortcut: { shown: 'Alt+Umschalt+↓', aria: 'Alt+Shift+ArrowDown' }, disabled: findBlockStepTarget(doc, position, 'down') === null, onSelect: () => run({ kind: 'step', direction: 'down' }) },
    { key: 'move', label: 'Verschieben nach …', disabled: !canMoveSomewhere, onSelect: () => store.openDialog({ kind: 'move', block: request.block }) },
    { key: 'duplicate', label: 'Duplizieren', disabled: false, onSelect: () => run({ kind: 'duplicate' }) },
    { key: 'delete', label: 'Löschen …', disabled: false, danger: true, onSelect: () => store.openDialog({ kind: 'delete', block: request.block }) },
  ]

  function run(action: Parameters<typeof performBlockAction>[3]) {
    store.closeMenu()
    performBlockAction(editor, store, request.block, action)
  }

  // Below the handle, or above it where the window ends first; never past the window's right edge.
  useLayoutEffect(() => {
    const menuElement = menuRef.current
    if (!menuElement) return
    const anchorRect = request.anchor.getBoundingClientRect()
    const margin = 8
    const below = anchorRect.bottom + 4
    const top = below + menuElement.offsetHeight > window.innerHeight - margin ? Math.max(margin, anchorRect.top - 4 - menuElement.offsetHeight) : below
    menuElement.style.top = `${Math.round(top)}px`
    menuElement.style.left = `${Math.round(Math.max(margin, Math.min(anchorRect.left, window.innerWidth - menuElement.offsetWidth - margin)))}px`
    menuElement.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [request])

  useEffect(() => {
    const handlePointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node)) return
      if (menuRef.current?.contains(event.target) || request.anchor.contains(event.target)) return
      store.closeMenu()
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    return () => document.removeEventListener('pointerdown', handlePointerDown, true)
  }, [store, request])

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menuItems = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
    const current = menuItems.indexOf(document.activeElement as HTMLElement)
    const focusItem = (index: number) => menuItems[(index + menuItems.length) % menuItems.length]?.focus()
    switch (event.key) {
      case 'ArrowDown':
        focusItem(current + 1)
        break
      case 'ArrowUp':
        focusItem(current - 1)
        break
      case 'Home':
        focusItem(0)
        break
      case 'End':
        focusItem(menuItems.length - 1)
        break
      case 'Escape':
      case 'Tab':
        close()
        break
      default:
        return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menuRef}
      id={blockMenuId}
      role="menu"
      aria-label={`Aktionen für ${name}`}
      className="block-menu"
      onKeyDown={handleKeyDown}
      data-testid="block-menu"
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'block-menu-item block-menu-item--danger' : 'block-menu-item'}
          aria-disabled={item.disabled || undefined}
          aria-keyshortcuts={item.shortcut?.aria}
          onClick={() => {
            if (!item.disabled) item.onSelect()
          }}
          data-testid={`block-menu-${item.key}`}
        >
          <span>{item.label}</span>
          {item.shortcut ? (
            <span className="block-menu-shortcut" aria-hidden="true">
              {item.shortcut.shown}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  )
}
