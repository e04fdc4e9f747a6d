import type { Editor } from '@tiptap/core'
import { useEffect, useState, type CSSProperties } from 'react'
import { decideChanges } from '../../review/api/decideChanges'
import { describeAuthor } from '../../review/describeAuthor'
import { truncateWords } from '../../text/truncateWords'
import { findChangeAtCaret } from './findChangeAtCaret'
import type { ShownChange } from './ShownChange'

/**
 * In place: while the caret stands in a marked change, a card beside it names author and time (also as a
 * status message for screen readers) and, for editors, offers Annehmen and Ablehnen.
 */
export function ChangeCard({
  editor,
  documentId,
  from,
  canDecide,
  onDecided,
  onAnnounce,
}: {
  editor: Editor | null
  documentId: string
  from: string
  canDecide: boolean
  onDecided: () => void
  onAnnounce: (message: string) => void
}) {
  const [change, setChange] = useState<ShownChange | null>(null)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const handleTransaction = () => {
      const found = findChangeAtCaret(editor.state)
      setChange((current) => (current?.changeId === found?.changeId && current?.from === found?.from ? current : found))
      if (!found) return
      const coordinates = editor.view.coordsAtPos(found.status === 'inserted' ? found.to : found.from)
      setPosition({ top: coordinates.bottom + 6, left: coordinates.left })
    }
    editor.on('transaction', handleTransaction)
    return () => {
      editor.off('transaction', handleTransaction)
    }
  }, [editor])

  const description = change ? `${change.status === 'inserted' ? 'Eingefügt' : 'Gelöscht'}: „${truncateWords(change.text, 10)}“ – ${describeAuthor(change.author)}` : ''
  useEffect(() => {
    if (description) onAnnounce(description)
  }, [description, onAnnounce])

  if (!change || !position) return null
  const decide = (decision: 'accept' | 'reject') => {
    setBusy(true)
    setError(null)
    decideChanges(documentId, from, decision, { changeIds: [change.changeId] }).then(
      () => {
        setBusy(false)
        onAnnounce(`${decision === 'accept' ? 'Angenommen' : 'Abgelehnt'}: ${truncateWords(change.text, 8)}`)
        onDecided()
        editor?.commands.focus()
      },
      (caught: unknown) => {
        setBusy(false)
        setError(caught instanceof Error ? caught.message : String(caught))
      },
    )
  }

  return (
    <div className="change-card" role="group" aria-label="Änderung an der Einfügemarke" style={{ top: position.top, left: position.left, '--change-color': change.color } as CSSProperties} data-testid="change-card">
      <p className="change-card-text">{description}</p>
      {canDecide ? (
        <p className="button-row">
          <button type="button" className="button button--small" disabled={busy} onMouseDown={(event) => event.preventDefault()} onClick={() => decide('accept')} data-testid="change-card-accept">
            Annehmen
          </button>
          <button type="button" className="button button--small" disabled={busy} onMouseDown={(event) => event.preventDefault()} onClick={() => decide('reject')} data-testid="change-card-reject">
            Ablehnen
          </button>
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
