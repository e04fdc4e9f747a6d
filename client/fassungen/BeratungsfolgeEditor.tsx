import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { BeratungsfolgeItem, DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { saveBeratungsfolge } from './api/saveBeratungsfolge'

interface Row {
  key: string
  id: string | null
  datum: string
  gremium: string
  zustaendigkeit: string
}

const zustaendigkeiten = ['Vorberatung', 'Entscheidung', 'Kenntnisnahme', 'Anhörung']

const toRow = (entry: BeratungsfolgeItem): Row => ({ key: entry.id, id: entry.id, datum: entry.datum, gremium: entry.gremium, zustaendigkeit: entry.zustaendigkeit })

/** The Beratungsfolge as an editable table: which Gremium deals with the concept when, and in what role. */
export function BeratungsfolgeEditor({ documentId, beratungsfolge, onSaved }: { documentId: string; beratungsfolge: readonly BeratungsfolgeItem[]; onSaved: (metadata: DocumentMetadata) => void }) {
  const listId = useId()
  const [rows, setRows] = useState<Row[]>(() => beratungsfolge.map(toRow))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const addedRows = useRef(0)

  const handleChange = (key: string, field: 'datum' | 'gremium' | 'zustaendigkeit') => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value
    setSaved(false)
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)))
  }
  const handleAdd = () => {
    setSaved(false)
    addedRows.current += 1
    const key = `new-${addedRows.current}`
    setRows((current) => [...current, { key, id: null, datum: '', gremium: '', zustaendigkeit: '' }])
  }
  const handleRemove = (key: string) => () => {
    setSaved(false)
    setRows((current) => current.filter((row) => row.key !== key))
  }
  const handleSave = async () => {
    if (rows.some((row) => !row.datum || !row.gremium.trim())) {
      setError('Jeder Eintrag braucht ein Datum und ein Gremium.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const metadata = await saveBeratungsfolge(
        documentId,
        rows.map((row) => ({ ...(row.id ? { id: row.id } : {}), datum: row.datum, gremium: row.gremium.trim(), zustaendigkeit: row.zustaendigkeit.trim() })),
      )
      setRows(metadata.beratungsfolge.map(toRow))
      setSaved(true)
      onSaved(metadata)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="beratungsfolge-editor" data-testid="beratungsfolge-editor">
      {rows.length === 0 ? <p>Noch keine Beratungsfolge eingetragen.</p> : null}
      {rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Gremium</th>
              <th scope="col">Zuständigkeit</th>
              <th scope="col">
                <span className="visually-hidden">Entfernen</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key} data-testid="beratungsfolge-row">
                <td>
                  <input type="date" value={row.datum} onChange={handleChange(row.key, 'datum')} aria-label={`Datum, Eintrag ${index + 1}`} data-testid="beratungsfolge-datum" />
                </td>
                <td>
                  <input type="text" value={row.gremium} onChange={handleChange(row.key, 'gremium')} aria-label={`Gremium, Eintrag ${index + 1}`} data-testid="beratungsfolge-gremium" />
                </td>
                <td>
                  <input type="text" list={listId} value={row.zustaendigkeit} onChange={handleChange(row.key, 'zustaendigkeit')} aria-label={`Zuständigkeit, Eintrag ${index + 1}`} data-testid="beratungsfolge-zustaendigkeit" />
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={handleRemove(row.key)}>
                    Entfernen<span className="visually-hidden">{`: Eintrag ${index + 1}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <datalist id={listId}>
        {zustaendigkeiten.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {saved ? 'Beratungsfolge gespeichert.' : ''}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={handleAdd} data-testid="beratungsfolge-add">
          Eintrag hinzufügen
        </button>
        <button type="button" className="button button--primary" onClick={handleSave} disabled={busy} data-testid="beratungsfolge-save">
          {busy ? 'Wird gespeichert …' : 'Beratungsfolge speichern'}
        </button>
        {saved ? <span className="form-success">Gespeichert.</span> : null}
      </div>
    </div>
  )
}
