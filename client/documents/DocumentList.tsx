import { AppLink } from '../routing/AppLink'
import { documentPath } from '../routing/documentPath'
import { formatDateTime } from '../text/formatDateTime'
import type { DocumentListEntry } from './DocumentListEntry'
import { DocumentPresence } from './DocumentPresence'

/** The existing concepts, each a link to its editor, with who has it open right now. */
export function DocumentList({ documents }: { documents: DocumentListEntry[] }) {
  if (documents.length === 0) {
    return <p className="document-list-empty">Noch keine Konzepte vorhanden. Legen Sie ein neues an oder importieren Sie eine Textdatei.</p>
  }
  return (
    <ul className="document-list">
      {documents.map((document) => {
        const updated = formatDateTime(document.updatedAt)
        return (
          <li key={document.id} className="document-list-item" data-testid="document-list-item" data-document-id={document.id}>
            <AppLink href={documentPath(document.id)} className="document-list-link">
              {document.title || 'Unbenanntes Konzept'}
            </AppLink>
            {updated ? <span className="document-list-meta">Zuletzt geändert am {updated}</span> : null}
            <DocumentPresence present={document.present} />
          </li>
        )
      })}
    </ul>
  )
}
