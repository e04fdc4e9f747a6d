import { useId, useState, type ChangeEvent } from 'react'

/**
 * A labelled text input in a Maßnahme header. Every change is committed to the document at once; while
 * the input has focus it shows what was typed, so a re-render from the document cannot move the caret.
 */
export function MassnahmeTextInput({
  label,
  value,
  onCommit,
  testId,
  className,
  readOnly,
}: {
  label: string
  value: string
  onCommit: (value: string) => void
  testId: string
  className: string
  readOnly: boolean
}) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value)
    onCommit(event.target.value)
  }

  const handleBlur = () => setDraft(null)

  return (
    <div className={`massnahme-control ${className}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        onChange={handleChange}
        onBlur={handleBlur}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
        data-field-control=""
        data-testid={testId}
      />
    </div>
  )
}
