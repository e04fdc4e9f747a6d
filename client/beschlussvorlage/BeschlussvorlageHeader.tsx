import { AppHeader } from '../layout/AppHeader'
import { AppLink } from '../routing/AppLink'
import { beschlussvorlagePath } from '../routing/beschlussvorlagePath'
import { documentPath } from '../routing/documentPath'
import { fassungenPath } from '../routing/fassungenPath'

/** The banner of the Beschlussvorlage page: the document's title and the ways to its text and Fassungen. */
export function BeschlussvorlageHeader({ documentId, title }: { documentId: string; title: string | null }) {
  return (
    <AppHeader>
      <span className="document-title subpage-document-title" data-testid="subpage-document-title">
        {title ?? ''}
      </span>
      <nav className="subpage-nav" aria-label="Konzept">
        <AppLink href={documentPath(documentId)} className="app-header-link" data-testid="back-to-editor">
          Zum Konzepttext
        </AppLink>
        <AppLink href={fassungenPath(documentId)} className="app-header-link" data-testid="to-fassungen">
          Fassungen &amp; Vergleich
        </AppLink>
        <AppLink href={beschlussvorlagePath(documentId)} className="app-header-link" aria-current="page" data-testid="to-beschlussvorlage">
          Beschlussvorlage
        </AppLink>
      </nav>
    </AppHeader>
  )
}
