import type { Editor } from '@tiptap/core'
import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { describeBlock } from '../../../shared/schema/commands/describeBlock'
import { focusEditorNow } from '../focusEditorNow'
import type { BlockActionsStore } from './BlockActionsStore'
import { resolveBlockRef, type BlockRef } from './BlockRef'
import { performBlockAction } from './performBlockAction'
import { useModalDialog } from '../../a11y/useModalDialog'

/** "Löschen …": asks before a whole block goes; "Abbrechen" has the focus, so Enter alone deletes nothing. */
export function DeleteBlockDialog({ editor, store, block }: { editor: Editor; store: BlockActionsStore; block: BlockRef }) {
  const titleId = useId()
  const descriptionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const dialogRef = useModalDialog(cancelRef)
  const [position] = useState(() => resolveBlockRef(editor.state.doc, block)?.position ?? block.position)
  const [name] = useState(() => describeBlock(editor.state.doc, position))

  const close = () => {
    dialogRef.current?.close()
    store.closeDialog()
  }

  const handleCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    close()
    focusEditorNow(editor)
  }

  const handleDelete = () => {
    close()
    performBlockAction(editor, store, block, { kind: 'delete' })
  }

  return (
    <dialog ref={dialogRef} className="block-dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={descriptionId} onCancel={handleCancel} data-testid="delete-block-dialog">
      <h2 id={titleId}>{name} löschen?</h2>
      <p id={descriptionId}>Der Block wird mit allen Feldern und Texten entfernt. Mit Strg+Z machen Sie das Löschen rückgängig.</p>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button" onClick={handleCancel}>
          Abbrechen
        </button>
        <button type="button" className="button button--danger" onClick={handleDelete} data-testid="delete-block-confirm">
          Löschen
        </button>
      </div>
    </dialog>
  )
}
