import type { Editor } from '@tiptap/core'
import { useId, useState, type FormEvent, type SyntheticEvent } from 'react'
import { describeBlock } from '../../../shared/schema/commands/describeBlock'
import { listHandlungsfelder } from '../../../shared/schema/commands/listHandlungsfelder'
import { focusEditorNow } from '../focusEditorNow'
import type { BlockActionsStore } from './BlockActionsStore'
import { blockRefAt, resolveBlockRef, type BlockRef } from './BlockRef'
import { performBlockAction } from './performBlockAction'
import { useModalDialog } from '../../a11y/useModalDialog'

/** "Verschieben nach …": a modal dialog listing the Handlungsfelder by number and title; the block goes to the chosen one. */
export function MoveBlockDialog({ editor, store, block }: { editor: Editor; store: BlockActionsStore; block: BlockRef }) {
  const titleId = useId()
  const errorId = useId()
  const dialogRef = useModalDialog()
  const [position] = useState(() => resolveBlockRef(editor.state.doc, block)?.position ?? block.position)
  const [name] = useState(() => describeBlock(editor.state.doc, position))
  const [choices] = useState(() => listHandlungsfelder(editor.state.doc, position))
  const [chosen, setChosen] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  // The modal dialog keeps the rest of the page inert, so it closes before the editor takes the focus.
  const close = () => {
    dialogRef.current?.close()
    store.closeDialog()
  }

  const handleCancel = (event: SyntheticEvent) => {
    event.preventDefault()
    close()
    focusEditorNow(editor)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen === null) {
      setError('Bitte wählen Sie das Handlungsfeld, in das der Block verschoben werden soll.')
      return
    }
    close()
    const choice = choices.find((candidate) => candidate.position === chosen)
    const handlungsfeld = choice ? (choice.id ? { position: choice.position, id: choice.id } : blockRefAt(editor.state.doc, choice.position)) : null
    if (handlungsfeld) performBlockAction(editor, store, block, { kind: 'moveInto', handlungsfeld })
  }

  return (
    <dialog ref={dialogRef} className="block-dialog" aria-labelledby={titleId} onCancel={handleCancel} data-testid="move-block-dialog">
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={titleId}>{name} verschieben nach …</h2>
        <fieldset className="block-dialog-choices" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
          <legend>Handlungsfeld</legend>
          {choices.map((choice) => (
            <label key={choice.position} className="block-dialog-choice" style={{ paddingLeft: `${choice.depth * 1.25 + 0.25}rem` }}>
              <input
                type="radio"
                name="handlungsfeld"
                value={choice.position}
                checked={chosen === choice.position}
                disabled={!choice.available}
                onChange={() => {
                  setChosen(choice.position)
                  setError(null)
                }}
              />
              <span>
                {choice.number ? `${choice.number} ` : ''}
                {choice.title || '(ohne Titel)'}
                {choice.available ? '' : ' – steht bereits hier'}
              </span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={handleCancel}>
            Abbrechen
          </button>
          <button type="submit" className="button button--primary" data-testid="move-block-submit">
            Verschieben
          </button>
        </div>
      </form>
    </dialog>
  )
}
