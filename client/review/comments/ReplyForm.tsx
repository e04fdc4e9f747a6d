import { useId, useState, type ChangeEvent, type FormEvent } from 'react'

/** A reply to a comment thread; `about` names the thread, so that each thread's controls can be told apart. */
export function ReplyForm({ about, onSubmit }: { about: string; onSubmit: (body: string) => Promise<void> }) {
  const bodyId = useId()
  const errorId = useId()
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      setError('Bitte schreiben Sie eine Antwort.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      await onSubmit(body.trim())
      setBody('')
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="reply-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={bodyId}>
        Antwort<span className="visually-hidden"> {about}</span>
      </label>
      <textarea id={bodyId} rows={2} value={body} onChange={handleChange} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} data-testid="reply-body" />
      {error ? (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--small" disabled={busy} data-testid="reply-submit">
        Antworten<span className="visually-hidden"> {about}</span>
      </button>
    </form>
  )
}
