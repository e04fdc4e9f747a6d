import { useEffect, useId, useState, type ChangeEvent } from 'react'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import type { DocumentListEntry } from '../documents/DocumentListEntry'
import { formatCount } from '../text/formatCount'
import { getDocumentAccess } from './api/getDocumentAccess'
import { setDocumentAccess } from './api/setDocumentAccess'
import { roleLabels } from './roleLabels'

type AccessState = { status: 'idle' } | { status: 'loading' } | { status: 'loaded'; userIds: ReadonlySet<string> } | { status: 'error'; message: string }

/**
 * Who may open a document: nobody named means every account; naming accounts limits it to them (the
 * administration always). Reading or editing then follows each account's role.
 */
export function DocumentAccessSection({
  documents,
  accounts,
  onChanged,
  onError,
}: {
  documents: readonly DocumentListEntry[]
  accounts: readonly ManagedAccount[]
  onChanged: (message: string) => void
  onError: (message: string) => void
}) {
  const selectId = useId()
  const [documentId, setDocumentId] = useState('')
  const [access, setAccess] = useState<AccessState>({ status: 'idle' })
  const candidates = accounts.filter((account) => account.role !== 'admin')

  useEffect(() => {
    if (!documentId) return
    const controller = new AbortController()
    getDocumentAccess(documentId, controller.signal).then(
      (userIds) => setAccess({ status: 'loaded', userIds: new Set(userIds) }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAccess({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => controller.abort()
  }, [documentId])

  const handleDocumentChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setDocumentId(event.target.value)
    setAccess(event.target.value ? { status: 'loading' } : { status: 'idle' })
  }

  const handleToggle = (userId: string) => (event: ChangeEvent<HTMLInputElement>) => {
    if (access.status !== 'loaded') return
    const next = new Set(access.userIds)
    if (event.target.checked) next.add(userId)
    else next.delete(userId)
    setAccess({ status: 'loaded', userIds: next })
  }

  const handleSave = async () => {
    if (access.status !== 'loaded') return
    const title = documents.find((document) => document.id === documentId)?.title ?? 'das Dokument'
    try {
      await setDocumentAccess(documentId, [...access.userIds])
      onChanged(access.userIds.size === 0 ? `„${title}“ dürfen jetzt alle Konten öffnen.` : `„${title}“ dürfen jetzt ${formatCount(access.userIds.size, 'ausgewähltes Konto', 'ausgewählte Konten')} und die Administration öffnen.`)
    } catch (caught) {
      onError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <section className="panel" aria-labelledby="access-heading">
      <h2 id="access-heading">Zugriff auf Dokumente</h2>
      <div className="form-field">
        <label htmlFor={selectId}>Dokument</label>
        <select id={selectId} value={documentId} onChange={handleDocumentChange} data-testid="access-document">
          <option value="">– bitte wählen –</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </select>
      </div>
      {access.status === 'loading' ? <p role="status">Zugriffsliste wird geladen …</p> : null}
      {access.status === 'error' ? (
        <p className="form-error" role="alert">
          {access.message}
        </p>
      ) : null}
      {access.status === 'loaded' ? (
        <fieldset className="admin-access" data-testid="access-list">
          <legend>Wer darf dieses Dokument öffnen?</legend>
          <p className="form-hint">
            {access.userIds.size === 0 ? 'Niemand ausgewählt: alle Konten dürfen es öffnen.' : 'Nur die ausgewählten Konten (und die Administration) dürfen es öffnen.'} Ob jemand liest oder bearbeitet,
            folgt aus der Rolle.
          </p>
          {candidates.map((account) => (
            <label key={account.id} className="admin-access-choice">
              <input type="checkbox" checked={access.userIds.has(account.id)} onChange={handleToggle(account.id)} data-testid="access-choice" data-username={account.username} />
              {account.name} ({account.department}, {roleLabels[account.role]})
            </label>
          ))}
          <button type="button" className="button button--primary" onClick={() => void handleSave()} data-testid="access-save">
            Zugriff speichern
          </button>
        </fieldset>
      ) : null}
    </section>
  )
}
