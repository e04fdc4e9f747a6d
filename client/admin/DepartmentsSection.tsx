import { useEffect, useId, useRef, useState, type ChangeEvent, type CSSProperties, type FormEvent } from 'react'
import { departmentColor } from '../../shared/departments/departmentColor'
import { addDepartment } from './api/addDepartment'
import { renameDepartment } from './api/renameDepartment'
import { FieldError } from './FieldError'
import { useFocusFirstInvalidField } from '../a11y/useFocusFirstInvalidField'

/** The Fachdienste with their colours: add one, rename one (accounts follow). */
export function DepartmentsSection({ departments, onChanged }: { departments: readonly string[]; onChanged: (departments: string[], message: string) => void }) {
  const inputId = useId()
  const errorId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)

  // A cancelled rename puts the focus back on that Fachdienst's "Umbenennen".
  useEffect(() => {
    if (returnFocusTo === null) return
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-department]') ?? []
    for (const button of buttons) if (button.dataset['department'] === returnFocusTo) button.focus()
  }, [returnFocusTo])

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setName(event.target.value)
    setError(null)
  }

  const handleAdd = async (event: FormEvent) => {
    event.preventDefault()
    try {
      if (!name.trim()) throw new Error('Bitte einen Namen für den Fachdienst angeben.')
      const next = await addDepartment(name.trim())
      setName('')
      onChanged(next, `Der Fachdienst „${name.trim()}“ wurde angelegt.`)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      focusFirstInvalidField()
    }
  }

  return (
    <section className="panel" aria-labelledby="departments-heading">
      <h2 id="departments-heading">Fachdienste</h2>
      <p className="form-hint">Die Reihenfolge gibt jedem Fachdienst seine Farbe – in der Anwesenheit, in Vergleichen, in der Synopse und in den Exporten.</p>
      <ul ref={listRef} className="admin-department-list" data-testid="department-list">
        {departments.map((department) =>
          renaming === department ? (
            <li key={department}>
              <RenameDepartmentForm
                department={department}
                onRenamed={(next, message) => {
                  setRenaming(null)
                  onChanged(next, message)
                }}
                onCancel={() => {
                  setRenaming(null)
                  setReturnFocusTo(department)
                }}
              />
            </li>
          ) : (
            <li key={department} style={{ '--change-color': departmentColor(department, departments) } as CSSProperties} data-testid="department-item">
              <span className="department-legend-swatch" aria-hidden="true" />
              <span className="admin-department-name">{department}</span>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setReturnFocusTo(null)
                  setRenaming(department)
                }}
                aria-label={`${department} umbenennen`}
                data-department={department}
              >
                Umbenennen
              </button>
            </li>
          ),
        )}
      </ul>
      <form ref={formRef} className="inline-form" onSubmit={handleAdd} noValidate>
        <div className="form-field">
          <label htmlFor={inputId}>Neuer Fachdienst</label>
          <input
            id={inputId}
            type="text"
            value={name}
            onChange={handleChange}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            data-testid="new-department"
          />
          <FieldError id={errorId} message={error ?? undefined} />
        </div>
        <button type="submit" className="button button--primary" data-testid="add-department">
          Fachdienst anlegen
        </button>
      </form>
    </section>
  )
}

function RenameDepartmentForm({ department, onRenamed, onCancel }: { department: string; onRenamed: (departments: string[], message: string) => void; onCancel: () => void }) {
  const inputId = useId()
  const errorId = useId()
  const [name, setName] = useState(department)
  const [error, setError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    try {
      if (!name.trim()) throw new Error('Bitte einen Namen für den Fachdienst angeben.')
      onRenamed(await renameDepartment(department, name.trim()), `Der Fachdienst „${department}“ heißt jetzt „${name.trim()}“.`)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      focusFirstInvalidField()
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={handleSubmit} noValidate>
      <div className="form-field">
        <label htmlFor={inputId}>Neuer Name für „{department}“</label>
        <input
          id={inputId}
          type="text"
          value={name}
          // The form replaces the row the user chose to rename; the field is where they continue.
          autoFocus
          onChange={(event) => {
            setName(event.target.value)
            setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid="rename-department-input"
        />
        <FieldError id={errorId} message={error ?? undefined} />
      </div>
      <button type="submit" className="button button--primary">
        Speichern
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Abbrechen
      </button>
    </form>
  )
}
