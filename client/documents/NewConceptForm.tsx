import { useId, useState, type ChangeEvent, type FormEvent } from 'react'
import { createDocument } from '../api/createDocument'
import { documentPath } from '../routing/documentPath'
import { navigate } from '../routing/navigate'

/** Creates an empty concept under the given title and opens it. */
export function NewConceptForm() {
  const headingId = useId()
  const inputId = useId()
  const errorId = useId()
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setTitle(event.target.value)
    setError(null)
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const input = event.currentTarget.elements.namedItem('title')
    if (!title.trim()) {
      setError('Bitte geben Sie einen Titel für das neue Konzept ein.')
      if (input instanceof HTMLInputElement) input.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      navigate(documentPath(await createDocument(title.trim())))
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Konzept anlegen</h2>
      <form className="inline-form" onSubmit={handleSubmit} noValidate>
        <div className="form-field">
          <label htmlFor={inputId}>Titel</label>
          <input
            id={inputId}
            name="title"
            type="text"
            value={title}
            onChange={handleChange}
            placeholder="z. B. Integrationskonzept 2026"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            data-testid="new-concept-title"
          />
        </div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="new-concept-button">
          {busy ? 'Wird angelegt …' : 'Neues Konzept'}
        </button>
      </form>
      {error ? (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
