import type { BlockRef } from './BlockRef'

/** Which block's menu is open, and where the focus goes when it closes. */
export interface BlockMenuRequest {
  /** The block, found again by its id before any action runs. */
  block: BlockRef
  /** The handle the menu belongs to (its `aria-controls` and the place the menu is shown). */
  anchor: HTMLElement
  /** Back to the handle (opened by mouse) or into the text (opened with Umschalt+F10 from the caret). */
  returnFocusTo: 'handle' | 'editor'
}

export type BlockDialogRequest = { kind: 'move' | 'delete'; block: BlockRef }

/** A line between blocks where a dragged block would land, relative to the editor surface. */
export interface DropIndicator {
  top: number
  left: number
  width: number
}

export interface BlockActionsSnapshot {
  menu: BlockMenuRequest | null
  dialog: BlockDialogRequest | null
  /** The last announcement; `serial` changes with each one, so the same words are announced again. */
  announcement: { text: string; serial: number }
  dropIndicator: DropIndicator | null
}

/**
 * The state of one editor's block actions outside the document: the open menu or dialog, the block being
 * dragged, the drop line and the announcement for screen readers. An external store for React
 * (`subscribe` / `getSnapshot`), shared by every block handle and the one layer that shows menu and dialogs.
 */
export class BlockActionsStore {
  /** The block being dragged by its handle, or null. */
  dragged: BlockRef | null = null
  private snapshot: BlockActionsSnapshot = { menu: null, dialog: null, announcement: { text: '', serial: 0 }, dropIndicator: null }
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): BlockActionsSnapshot => this.snapshot

  openMenu(menu: BlockMenuRequest): void {
    this.update({ menu, dialog: null })
  }

  /** A click on a block's handle: opens its menu, or closes it when it is open. */
  toggleMenu(anchor: HTMLElement, block: BlockRef | null): void {
    if (this.snapshot.menu?.anchor === anchor || !block) this.closeMenu()
    else this.openMenu({ block, anchor, returnFocusTo: 'handle' })
  }

  /** A drag starting on a block's handle: the block is remembered, the browser shows the whole block as it moves. */
  startDrag(event: DragEvent, handle: HTMLElement, block: BlockRef | null, label: string): void {
    if (!block || !event.dataTransfer) {
      event.preventDefault()
      return
    }
    this.closeMenu()
    this.dragged = block
    event.dataTransfer.effectAllowed = 'move'
    event.dataTransfer.setData('text/plain', label)
    const blockElement = handle.closest('[data-movable-block]')
    if (blockElement) event.dataTransfer.setDragImage(blockElement, 16, 16)
  }

  endDrag(): void {
    this.dragged = null
    this.showDropIndicator(null)
  }

  closeMenu(): void {
    if (this.snapshot.menu) this.update({ menu: null })
  }

  openDialog(dialog: BlockDialogRequest): void {
    this.update({ menu: null, dialog })
  }

  closeDialog(): void {
    if (this.snapshot.dialog) this.update({ dialog: null })
  }

  announce(text: string): void {
    this.update({ announcement: { text, serial: this.snapshot.announcement.serial + 1 } })
  }

  showDropIndicator(dropIndicator: DropIndicator | null): void {
    const current = this.snapshot.dropIndicator
    if (current === dropIndicator || (current && dropIndicator && current.top === dropIndicator.top && current.left === dropIndicator.left && current.width === dropIndicator.width)) return
    this.update({ dropIndicator })
  }

  private update(change: Partial<BlockActionsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change }
    for (const listener of this.listeners) listener()
  }
}
