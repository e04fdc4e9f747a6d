import { useId, type ChangeEvent } from 'react'

const maxFieldLength = 50_000

/** Enough rows to show a text without scrolling, between `minRows` and 18. */
function rowsFor(text: string, minRows: number): number {
  const lines = text.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil(line.length / 95)), 0)
  return Math.min(18, Math.max(minRows, lines + 1))
}

/** One labelled field of the cover sheet: a single line, or a text area for the sections of the Vorlage. */
export function CoverTextField({
  label,
  value,
  onChange,
  readOnly,
  multiline = false,
  minRows = 3,
  hint,
  placeholder,
  testId,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  readOnly: boolean
  multiline?: boolean
  minRows?: number
  hint?: string
  placeholder?: string
  testId: string
}) {
  const id = useId()
  const hintId = useId()
  const handleChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value)
  const common = {
    id,
    value,
    onChange: handleChange,
    readOnly,
    maxLength: maxFieldLength,
    placeholder: readOnly ? undefined : placeholder,
    'aria-describedby': hint ? hintId : undefined,
    'data-testid': testId,
  }
  return (
    <div className="form-field cover-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="form-hint cover-field-hint">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={rowsFor(value, minRows)} {...common} /> : <input type="text" autoComplete="off" {...common} />}
    </div>
  )
}
