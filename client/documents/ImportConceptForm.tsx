import { useId, useState, type ChangeEvent } from 'react'
import type { ImportResult } from '../api/apiTypes'
import { importDocument } from '../api/importDocument'
import { docxContentType } from '../exports/docxContentType'
import { importDocxDocument } from '../exports/importDocxDocument'
import { ImportResultPanel } from './ImportResultPanel'
import { readTextFile } from './readTextFile'
import { guardFocusAfterAction } from '../a11y/guardFocusAfterAction'

const maximumFileBytes = 5 * 1024 * 1024
const maximumDocxBytes = 10 * 1024 * 1024

/** Imports a .txt or .docx file (Beschlussvorlage, Mindmap, Synopse …) as a new concept and reports what was recognised. */
export function ImportConceptForm({ onImported }: { onImported: () => void }) {
  const headingId = useId()
  const titleId = useId()
  const fileId = useId()
  const hintId = useId()
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)

  const handleTitleChange = (event: ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)

  const handleFileChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setError(null)
    setResult(null)
    const isDocx = /\.docx$/i.test(file.name) || file.type === docxContentType
    if (!isDocx && !/\.txt$/i.test(file.name) && file.type !== 'text/plain') {
      setError(`„${file.name}“ ist weder eine Textdatei noch ein Word-Dokument. Bitte wählen Sie eine Datei mit der Endung .txt oder .docx.`)
      input.value = ''
      return
    }
    if (file.size > (isDocx ? maximumDocxBytes : maximumFileBytes)) {
      setError(`„${file.name}“ ist zu groß (höchstens ${isDocx ? 10 : 5} MB).`)
      input.value = ''
      return
    }
    setBusy(true)
    // The file input is disabled while the file is read: bring focus to what the import answered.
    guardFocusAfterAction(() => document.querySelector<HTMLElement>('[data-testid="import-summary"], [data-testid="import-error"]'), 60_000)
    try {
      if (isDocx) {
        if (file.size === 0) throw new Error(`„${file.name}“ ist leer.`)
        setResult(await importDocxDocument(file, title.trim() || undefined))
      } else {
        const text = await readTextFile(file)
        if (!text.trim()) throw new Error(`„${file.name}“ ist leer.`)
        setResult(await importDocument(text, title.trim() || undefined))
      }
      setTitle('')
      onImported()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
      input.value = ''
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Importieren</h2>
      <p id={hintId} className="form-hint">
        Eine Textdatei (.txt) oder ein Word-Dokument (.docx) mit einem bestehenden Konzept, etwa einer Beschlussvorlage, Mindmap oder Synopse. Handlungsfelder, Oberziele, Teilziele und Maßnahmen werden erkannt.
      </p>
      <div className="form-field">
        <label htmlFor={titleId}>Titel (optional)</label>
        <input id={titleId} type="text" value={title} onChange={handleTitleChange} autoComplete="off" placeholder="Sonst aus der Datei übernommen" data-testid="import-title" />
      </div>
      <div className="form-field">
        <label htmlFor={fileId}>Datei importieren (.txt oder .docx)</label>
        <input id={fileId} type="file" accept={`.txt,text/plain,.docx,${docxContentType}`} onChange={handleFileChange} disabled={busy} aria-describedby={hintId} data-testid="import-file-input" />
      </div>
      {busy ? (
        <p className="import-progress" role="status">
          Datei wird importiert …
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      {result ? <ImportResultPanel result={result} /> : null}
    </section>
  )
}
