import type { Editor } from '@tiptap/core'
import { useState, useSyncExternalStore } from 'react'
import type { BlockActionsStore } from './BlockActionsStore'
import type { BlockRef } from './BlockRef'
import { blockActionsStoreOf } from './blockActionsStoreOf'
import { blockRefAt } from './BlockRef'
import { blockHandleTitle } from './blockHandleTitle'
import { blockMenuId } from './blockMenuId'

/**
 * The handle of a Teilziel, Maßnahme or Handlungsfeld in its React view (the Oberziel's comes from
 * `createBlockHandleElement`): a menu button for its actions, and the grip to drag it by. Not a Tab stop (Tab
 * moves between fields); from the text, Umschalt+F10 opens the same menu. Readers see no handle.
 */
export function BlockHandle({ editor, getPos, label }: { editor: Editor; getPos: () => number | undefined; label: string }) {
  const store = blockActionsStoreOf(editor)
  return store ? <BlockHandleButton store={store} getBlock={() => blockRefAt(editor.state.doc, getPos())} label={label} /> : null
}

function BlockHandleButton({ store, getBlock, label }: { store: BlockActionsStore; getBlock: () => BlockRef | null; label: string }) {
  const [button, setButton] = useState<HTMLButtonElement | null>(null)
  const menu = useSyncExternalStore(store.subscribe, () => store.getSnapshot().menu)
  const open = menu !== null && menu.anchor === button
  return (
    <button
      ref={setButton}
      type="button"
      className="block-handle"
      contentEditable={false}
      tabIndex={-1}
      draggable
      aria-label={`Aktionen für ${label}`}
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={open ? blockMenuId : undefined}
      aria-keyshortcuts="Shift+F10"
      title={blockHandleTitle(label)}
      onClick={(event) => store.toggleMenu(event.currentTarget, getBlock())}
      onDragStart={(event) => store.startDrag(event.nativeEvent, event.currentTarget, getBlock(), label)}
      onDragEnd={() => store.endDrag()}
      data-block-handle=""
      data-testid="block-handle"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  )
}
