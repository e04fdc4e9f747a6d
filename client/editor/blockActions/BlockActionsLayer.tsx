import type { Editor } from '@tiptap/core'
import { useSyncExternalStore } from 'react'
import type { BlockActionsStore } from './BlockActionsStore'
import { blockActionsStoreOf } from './blockActionsStoreOf'
import { BlockActionMenu } from './BlockActionMenu'
import { DeleteBlockDialog } from './DeleteBlockDialog'
import { MoveBlockDialog } from './MoveBlockDialog'

/** What block actions show outside the document: the open menu or dialog, the drop line and the status messages. */
export function BlockActionsLayer({ editor }: { editor: Editor }) {
  const store = blockActionsStoreOf(editor)
  return store ? <BlockActionsLayerFor editor={editor} store={store} /> : null
}

function BlockActionsLayerFor({ editor, store }: { editor: Editor; store: BlockActionsStore }) {
  const { menu, dialog, announcement, dropIndicator } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return (
    <>
      {/* The serial alternates a trailing space, so the same words (a second move up) are announced again. */}
      <p role="status" className="visually-hidden" data-testid="block-actions-status">
        {announcement.text}
        {announcement.serial % 2 === 1 ? '\u00a0' : ''}
      </p>
      {dropIndicator ? <div className="block-drop-line" style={{ top: dropIndicator.top - 2, left: dropIndicator.left, width: dropIndicator.width }} aria-hidden="true" data-testid="block-drop-line" /> : null}
      {menu ? <BlockActionMenu key={`${menu.block.position}:${menu.block.id ?? ''}`} editor={editor} store={store} request={menu} /> : null}
      {dialog?.kind === 'move' ? <MoveBlockDialog editor={editor} store={store} block={dialog.block} /> : null}
      {dialog?.kind === 'delete' ? <DeleteBlockDialog editor={editor} store={store} block={dialog.block} /> : null}
    </>
  )
}
