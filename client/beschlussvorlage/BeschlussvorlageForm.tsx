import { useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react'
import type { CoverFields, DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { formatDateTime } from '../text/formatDateTime'
import { AnlagenEditor } from './AnlagenEditor'
import { saveCoverFields } from './api/saveCoverFields'
import { changedCoverFields } from './changedCoverFields'
import { coverDraftStorage } from './coverDraftStorage'
import { CoverTextField } from './CoverTextField'
import { mergeSavedCover } from './mergeSavedCover'
import { guardFocusAfterAction } from '../a11y/guardFocusAfterAction'

type Feedback = { kind: 'saved'; at: Date } | { kind: 'nothing' } | { kind: 'error'; message: string } | null

type TextFieldName = Exclude<keyof CoverFields, 'oeffentlich' | 'anlagen'>

/**
 * The cover sheet of the Beschlussvorlage as a form, in the order of the printed Vorlage. Editors save it
 * (only the fields they changed, so that others' changes to other fields stay); reviewers read it. Unsaved
 * input is kept in this tab's storage and survives a failed save, a reload or an expired session.
 */
export function BeschlussvorlageForm({ documentId, accountId, cover, readOnly, onSaved }: { documentId: string; accountId: string; cover: CoverFields; readOnly: boolean; onSaved: (metadata: DocumentMetadata) => void }) {
  const headingIds = { head: useId(), text: useId() }
  const oeffentlichName = useId()
  const [baseline, setBaseline] = useState(cover)
  const [restored] = useState(() => {
    const draft = readOnly ? null : coverDraftStorage.read(accountId, documentId)
    // A draft that matches the saved text (saved in another tab, say) is nothing to restore.
    return draft && Object.keys(changedCoverFields(cover, { ...cover, ...draft })).length > 0 ? draft : null
  })
  const [values, setValues] = useState<CoverFields>(() => (restored ? { ...cover, ...restored } : cover))
  const [showRestored, setShowRestored] = useState(restored !== null)
  const [saving, setSaving] = useState(false)
  const [feedback, setFeedback] = useState<Feedback>(null)

  const changes = changedCoverFields(baseline, values)
  const dirty = Object.keys(changes).length > 0

  useEffect(() => {
    if (readOnly) return
    const pending = changedCoverFields(baseline, values)
    if (Object.keys(pending).length > 0) coverDraftStorage.write(accountId, documentId, pending)
    else coverDraftStorage.clear(accountId, documentId)
  }, [values, baseline, readOnly, accountId, documentId])

  useEffect(() => {
    if (!dirty) return
    const handleBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', handleBeforeUnload)
    return () => window.removeEventListener('beforeunload', handleBeforeUnload)
  }, [dirty])

  const setField = (name: TextFieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }))
  const handleOeffentlichChange = (event: ChangeEvent<HTMLInputElement>) => {
    const oeffentlich = event.target.value === 'oeffentlich'
    setValues((current) => ({ ...current, oeffentlich }))
  }
  const handleAnlagenChange = (anlagen: string[]) => setValues((current) => ({ ...current, anlagen }))
  const handleDiscardRestored = () => {
    setValues(baseline)
    setShowRestored(false)
  }
  const handleKeepRestored = () => setShowRestored(false)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (readOnly || saving) return
    if (!dirty) {
      setFeedback({ kind: 'nothing' })
      return
    }
    const sent = values
    // The save button is disabled while saving and so loses focus; the status message says how it went.
    guardFocusAfterAction(() => document.querySelector<HTMLElement>('[data-testid="cover-save-error"]') ?? document.querySelector<HTMLElement>('[data-testid="cover-save-status"]'), 30_000)
    setSaving(true)
    setFeedback(null)
    saveCoverFields(documentId, changes).then(
      (metadata) => {
        setSaving(false)
        setBaseline(metadata.cover)
        setValues((current) => mergeSavedCover(current, sent, metadata.cover))
        setShowRestored(false)
        setFeedback({ kind: 'saved', at: new Date() })
        onSaved(metadata)
      },
      (error: unknown) => {
        setSaving(false)
        setFeedback({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
  }

  const showsSaved = !saving && !dirty && feedback?.kind === 'saved'
  const text = (name: TextFieldName, label: string, options: { multiline?: boolean; minRows?: number; hint?: string; placeholder?: string } = {}) => (
    <CoverTextField label={label} value={values[name]} onChange={setField(name)} readOnly={readOnly} testId={`cover-${name}`} {...options} />
  )

  return (
    <form className="cover-form" onSubmit={handleSubmit} noValidate aria-label="Deckblatt der Beschlussvorlage" data-testid="cover-form" data-read-only={readOnly}>
      {showRestored ? (
        <div className="form-notice cover-restored" data-testid="cover-restored">
          <p>Ungespeicherte Eingaben aus dieser Sitzung wurden wiederhergestellt. Speichern Sie sie, oder verwerfen Sie sie.</p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={handleKeepRestored}>
              Behalten
            </button>
            <button type="button" className="button button--small" onClick={handleDiscardRestored} data-testid="cover-restored-discard">
              Verwerfen
            </button>
          </div>
        </div>
      ) : null}

      <section className="panel panel--spaced" aria-labelledby={headingIds.head}>
        <h2 id={headingIds.head}>Kopf der Vorlage</h2>
        <div className="cover-head">
          <div className="cover-head-column">
            <fieldset className="cover-visibility" data-testid="cover-oeffentlich">
              <legend>Beratung</legend>
              <label className="cover-radio">
                <input type="radio" name={oeffentlichName} value="oeffentlich" checked={values.oeffentlich} onChange={handleOeffentlichChange} disabled={readOnly} data-testid="cover-oeffentlich-ja" />
                öffentlich
              </label>
              <label className="cover-radio">
                <input type="radio" name={oeffentlichName} value="nichtoeffentlich" checked={!values.oeffentlich} onChange={handleOeffentlichChange} disabled={readOnly} data-testid="cover-oeffentlich-nein" />
                nichtöffentlich
              </label>
            </fieldset>
            {text('fachdienst', 'Fachdienst', { placeholder: 'z. B. Fachdienst Zuwanderung' })}
          </div>
          <div className="cover-head-column">
            {text('vorlageNummer', 'Vorlage-Nr', { placeholder: 'z. B. VO/2020/426-001' })}
            {text('datum', 'Datum', { hint: 'Wie auf der Vorlage, z. B. 09.09.2020', placeholder: 'TT.MM.JJJJ' })}
            {text('ansprechpartner', 'Ansprechpartner/in', { placeholder: 'Nachname, Vorname' })}
            {text('bearbeiter', 'Bearbeiter/in', { placeholder: 'Nachname, Vorname' })}
          </div>
        </div>
        {text('title', 'Titel', { multiline: true, minRows: 2 })}
      </section>

      <section className="panel panel--spaced" aria-labelledby={headingIds.text}>
        <h2 id={headingIds.text}>Text der Vorlage</h2>
        {text('beschlussvorschlag', 'Beschlussvorschlag', { multiline: true, minRows: 4 })}
        {text('begruendungNichtoeffentlichkeit', 'Begründung der Nichtöffentlichkeit', { multiline: true, minRows: 2, hint: 'Bei öffentlicher Beratung „entfällt“.' })}
        {text('sachverhalt', 'Sachverhalt', { multiline: true, minRows: 6 })}
        {text('klimaschutz', 'Relevanz für den Klimaschutz', { multiline: true, minRows: 2 })}
        {text('finanzielleAuswirkungen', 'Finanzielle Auswirkungen', { multiline: true, minRows: 3 })}
        <AnlagenEditor anlagen={values.anlagen} onChange={handleAnlagenChange} readOnly={readOnly} />
      </section>

      {readOnly ? null : (
        <div className="cover-save-bar">
          <button type="submit" className="button button--primary" disabled={saving} data-testid="cover-save">
            {saving ? 'Wird gespeichert …' : 'Deckblatt speichern'}
          </button>
          <p className={showsSaved ? 'cover-save-status form-success' : 'cover-save-status'} role="status" data-testid="cover-save-status">
            {saving ? '' : dirty ? 'Ungespeicherte Änderungen.' : feedback?.kind === 'saved' ? `Gespeichert (${formatDateTime(feedback.at.toISOString())}).` : feedback?.kind === 'nothing' ? 'Keine Änderungen zu speichern.' : ''}
          </p>
          {feedback?.kind === 'error' ? (
            <p className="form-error cover-save-error" role="alert" data-testid="cover-save-error">
              {`Das Deckblatt wurde nicht gespeichert: ${feedback.message} Ihre Eingaben bleiben erhalten – bitte versuchen Sie es erneut.`}
            </p>
          ) : null}
        </div>
      )}
    </form>
  )
}
