import type { BlockActionsStore } from './BlockActionsStore'
import { blockHandleTitle } from './blockHandleTitle'
import type { BlockRef } from './BlockRef'
import { blockMenuId } from './blockMenuId'

/**
 * A block handle as a plain element, for blocks whose view is not a React one (the Oberziel's handle is a widget
 * decoration): the same menu button and grip as `BlockHandle`. `destroy` stops it following the menu state.
 */
export function createBlockHandleElement(store: BlockActionsStore, getBlock: () => BlockRef | null, label: string): { dom: HTMLElement; destroy: () => void } {
  const slot = document.createElement('span')
  slot.className = 'block-handle-slot'
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'block-handle'
  button.tabIndex = -1
  button.draggable = true
  button.setAttribute('aria-label', `Aktionen für ${label}`)
  button.setAttribute('aria-haspopup', 'menu')
  button.setAttribute('aria-keyshortcuts', 'Shift+F10')
  button.title = blockHandleTitle(label)
  button.setAttribute('data-block-handle', '')
  button.setAttribute('data-testid', 'block-handle')
  const grip = document.createElement('span')
  grip.setAttribute('aria-hidden', 'true')
  grip.textContent = '⠿'
  button.append(grip)
  slot.append(button)
  button.addEventListener('click', () => store.toggleMenu(button, getBlock()))
  button.addEventListener('dragstart', (event) => store.startDrag(event, button, getBlock(), label))
  button.addEventListener('dragend', () => store.endDrag())
  const showMenuState = () => {
    const open = store.getSnapshot().menu?.anchor === button
    button.setAttribute('aria-expanded', String(open))
    if (open) button.setAttribute('aria-controls', blockMenuId)
    else button.removeAttribute('aria-controls')
  }
  showMenuState()
  const unsubscribe = store.subscribe(showMenuState)
  return { dom: slot, destroy: unsubscribe }
}
