import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { BeratungsfolgeItem } from '../../shared/documentMeta/DocumentMetadata'
import { fassungStatuses, type Fassung, type FassungStatus } from '../../shared/fassungen/Fassung'
import { useFocusFirstInvalidField } from '../a11y/useFocusFirstInvalidField'
import { freezeFassung } from './api/freezeFassung'
import { formatIsoDate } from './formatIsoDate'

interface FormValues {
  name: string
  gremium: string
  date: string
  status: FassungStatus
  beratungsfolgeId: string
}

const emptyValues: FormValues = { name: '', gremium: '', date: '', status: 'Entwurf', beratungsfolgeId: '' }

/** "Fassung einfrieren": the current text becomes an immutable Fassung with name, Gremium, date and status. */
export function FreezeFassungForm({ documentId, beratungsfolge, onFrozen }: { documentId: string; beratungsfolge: readonly BeratungsfolgeItem[]; onFrozen: (fassung: Fassung) => void }) {
  const headingId = useId()
  const ids = { name: useId(), gremium: useId(), date: useId(), status: useId(), beratungsfolge: useId(), error: useId() }
  const [values, setValues] = useState<FormValues>(emptyValues)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [invalid, setInvalid] = useState<ReadonlySet<keyof FormValues>>(new Set())
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalidField = useFocusFirstInvalidField(formRef)

  const handleChange = (field: keyof FormValues) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.target.value
    setValues((current) => ({ ...current, [field]: value }))
  }
  const handleBeratungsfolgeChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const entry = beratungsfolge.find((item) => item.id === event.target.value)
    setValues((current) => ({
      ...current,
      beratungsfolgeId: event.target.value,
      gremium: current.gremium || entry?.gremium || '',
      date: current.date || entry?.datum || '',
    }))
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const required: [keyof FormValues, string, boolean][] = [
      ['name', 'Namen', !values.name.trim()],
      ['gremium', 'Gremium', !values.gremium.trim()],
      ['date', 'Datum', !values.date],
    ]
    const missing = required.filter(([, , isMissing]) => isMissing)
    setInvalid(new Set(missing.map(([field]) => field)))
    if (missing.length > 0) {
      setError(`Bitte geben Sie ${missing.map(([, label]) => label).join(', ')} an.`)
      focusFirstInvalidField()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const fassung = await freezeFassung(documentId, {
        name: values.name.trim(),
        gremium: values.gremium.trim(),
        date: values.date,
        status: values.status,
        beratungsfolgeId: values.beratungsfolgeId || null,
      })
      setValues(emptyValues)
      onFrozen(fassung)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  const describedBy = error ? ids.error : undefined
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Fassung einfrieren</h2>
      <p className="form-hint">Der aktuelle Text wird unveränderlich gespeichert, zum Beispiel als Beschlussempfehlung eines Ausschusses.</p>
      <form ref={formRef} className="freeze-form" onSubmit={handleSubmit} noValidate data-testid="freeze-form">
        <div className="form-field">
          <label htmlFor={ids.name}>Name der Fassung</label>
          <input id={ids.name} type="text" value={values.name} onChange={handleChange('name')} placeholder="z. B. Beschlussempfehlung" autoComplete="off" aria-invalid={invalid.has('name') || undefined} aria-describedby={describedBy} data-testid="freeze-name" />
        </div>
        <div className="form-field">
          <label htmlFor={ids.gremium}>Gremium</label>
          <input
            id={ids.gremium}
            type="text"
            value={values.gremium}
            onChange={handleChange('gremium')}
            placeholder="z. B. Ausschuss für Familie und Soziales (AFS)"
            autoComplete="off"
            aria-invalid={invalid.has('gremium') || undefined}
            aria-describedby={describedBy}
            data-testid="freeze-gremium"
          />
        </div>
        <div className="form-field">
          <label htmlFor={ids.date}>Datum des Beschlusses</label>
          <input id={ids.date} type="date" value={values.date} onChange={handleChange('date')} aria-invalid={invalid.has('date') || undefined} aria-describedby={describedBy} data-testid="freeze-date" />
        </div>
        <div className="form-field">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={values.status} onChange={handleChange('status')} data-testid="freeze-status">
            {fassungStatuses.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.beratungsfolge}>Eintrag der Beratungsfolge (optional)</label>
          <select id={ids.beratungsfolge} value={values.beratungsfolgeId} onChange={handleBeratungsfolgeChange} data-testid="freeze-beratungsfolge">
            <option value="">Keiner</option>
            {beratungsfolge.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {[formatIsoDate(entry.datum), entry.gremium, entry.zustaendigkeit].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p id={ids.error} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="freeze-submit">
          {busy ? 'Wird eingefroren …' : 'Fassung einfrieren'}
        </button>
      </form>
    </section>
  )
}
