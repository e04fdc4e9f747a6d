import { useId, useState, type ChangeEvent, type FocusEvent, type FormEvent, type MouseEvent, type RefObject } from 'react'
import type { CommentAnchor } from '../../../shared/review/CommentThread'
import { truncateWords } from '../../text/truncateWords'
import type { CommentTarget } from './CommentTarget'
import { readSelectedPassage } from './readSelectedPassage'

/**
 * A new comment on the current change or on a passage selected in the text. Committee members may
 * comment too: comments never change the text.
 */
export function NewCommentForm({
  currentChange,
  documentRef,
  textareaRef,
  onSubmit,
}: {
  currentChange: CommentTarget | null
  documentRef: RefObject<HTMLElement | null>
  textareaRef: RefObject<HTMLTextAreaElement | null>
  onSubmit: (anchor: CommentAnchor, body: string) => Promise<void>
}) {
  const headingId = useId()
  const bodyId = useId()
  const hintId = useId()
  const [passage, setPassage] = useState<CommentTarget | null>(null)
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The change the last comment was saved on: the form no longer offers it until the reviewer picks a change again.
  const [commentedChangeId, setCommentedChangeId] = useState<string | null>(null)
  const target = passage ?? (currentChange && currentChange.anchor.changeId !== commentedChangeId ? currentChange : null)

  const handleBodyChange = (event: ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)
  // Keeps the selection in the text: a focused button would not clear it, but a pressed one might.
  const handleKeepSelection = (event: MouseEvent) => event.preventDefault()
  const handleTakeSelection = () => {
    const anchor = readSelectedPassage(documentRef.current)
    if (!anchor) {
      setError('Bitte markieren Sie zuerst eine Textstelle im Vergleich.')
      return
    }
    setError(null)
    setPassage({ anchor, description: `Textstelle „${truncateWords(anchor.quote, 12)}“` })
  }
  const handleUseCurrentChange = () => {
    setPassage(null)
    setCommentedChangeId(null)
  }
  // Coming from the change's own "Kommentieren" (its list item carries its id) picks that change again.
  const handleBodyFocus = (event: FocusEvent<HTMLTextAreaElement>) => {
    const origin = event.relatedTarget instanceof Element ? event.relatedTarget.closest('[data-change-id]') : null
    if (origin && origin.getAttribute('data-change-id') === currentChange?.anchor.changeId) setCommentedChangeId(null)
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!target) {
      setError('Bitte wählen Sie eine Änderung aus oder markieren Sie eine Textstelle.')
      return
    }
    if (!body.trim()) {
      setError('Bitte schreiben Sie einen Kommentar.')
      textareaRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await onSubmit(target.anchor, body.trim())
      setBody('')
      setPassage(null)
      setCommentedChangeId(currentChange?.anchor.changeId ?? null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="new-comment" aria-labelledby={headingId} onSubmit={handleSubmit} noValidate data-testid="new-comment">
      <h3 id={headingId}>Neuer Kommentar</h3>
      <p id={hintId} className="form-hint" data-testid="new-comment-target">
        {target ? `Bezieht sich auf: ${target.description}` : 'Wählen Sie eine Änderung aus oder markieren Sie eine Textstelle im Text.'}
      </p>
      <div className="button-row button-row--compact">
        <button type="button" className="button button--small" onMouseDown={handleKeepSelection} onClick={handleTakeSelection} data-testid="comment-take-selection">
          Markierte Textstelle übernehmen
        </button>
        {currentChange && target !== currentChange ? (
          <button type="button" className="button button--small" onClick={handleUseCurrentChange}>
            Aktuelle Änderung verwenden
          </button>
        ) : null}
      </div>
      <div className="form-field">
        <label htmlFor={bodyId}>Kommentar</label>
        <textarea id={bodyId} ref={textareaRef} rows={3} value={body} onChange={handleBodyChange} onFocus={handleBodyFocus} aria-describedby={hintId} data-testid="new-comment-body" />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="new-comment-submit">
        {busy ? 'Wird gespeichert …' : 'Kommentar speichern'}
      </button>
    </form>
  )
}
