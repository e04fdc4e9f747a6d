import { useId, useRef, type ChangeEvent } from 'react'

/** The list "Anlage/n" of the Beschlussvorlage: one line per Anlage, to add, change and remove. */
export function AnlagenEditor({ anlagen, onChange, readOnly }: { anlagen: readonly string[]; onChange: (anlagen: string[]) => void; readOnly: boolean }) {
  const hintId = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)

  const focusEntry = (index: number) =>
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll('input')
      const input = inputs?.[Math.min(index, inputs.length - 1)]
      if (input) input.focus()
      else addRef.current?.focus()
    })

  const handleChange = (index: number) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value
    onChange(anlagen.map((entry, position) => (position === index ? value : entry)))
  }
  const handleRemove = (index: number) => () => {
    onChange(anlagen.filter((_entry, position) => position !== index))
    // Keep the keyboard user in the list: on the entry that moved up, or the one before.
    focusEntry(index)
  }
  const handleAdd = () => {
    onChange([...anlagen, ''])
    focusEntry(anlagen.length)
  }

  return (
    <fieldset className="cover-anlagen" aria-describedby={readOnly ? undefined : hintId} data-testid="cover-anlagen">
      <legend>Anlage/n</legend>
      {readOnly ? null : (
        <p id={hintId} className="form-hint">
          Das Konzept selbst wird im Export als Anlage angehängt; hier steht, wie die Anlagen auf dem Deckblatt heißen.
        </p>
      )}
      {anlagen.length === 0 ? <p className="cover-anlagen-empty">Keine Anlage eingetragen.</p> : null}
      <ol ref={listRef} className="cover-anlagen-list">
        {anlagen.map((anlage, index) => (
          <li key={index} className="cover-anlagen-item">
            <input type="text" value={anlage} onChange={handleChange(index)} readOnly={readOnly} aria-label={`Anlage ${index + 1}`} autoComplete="off" data-testid="cover-anlage" />
            {readOnly ? null : (
              <button type="button" className="button button--small" onClick={handleRemove(index)} data-testid="cover-anlage-remove">
                Entfernen<span className="visually-hidden">{`: Anlage ${index + 1}`}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button ref={addRef} type="button" className="button button--small" onClick={handleAdd} data-testid="cover-anlage-add">
          Anlage hinzufügen
        </button>
      )}
    </fieldset>
  )
}
