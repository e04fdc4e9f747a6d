import { AppHeader } from '../layout/AppHeader'
import { AppLink } from '../routing/AppLink'
import { documentPath } from '../routing/documentPath'
import { beschlussvorlagePath } from '../routing/beschlussvorlagePath'
import { fassungenPath } from '../routing/fassungenPath'

/** The banner of the Fassungen and comparison pages: the document's title and the way back to its text. */
export function DocumentSubpageHeader({ documentId, title, current }: { documentId: string; title: string | null; current: 'fassungen' | 'other' }) {
  return (
    <AppHeader>
      <span className="document-title subpage-document-title" data-testid="subpage-document-title">
        {title ?? ''}
      </span>
      <nav className="subpage-nav" aria-label="Konzept">
        <AppLink href={documentPath(documentId)} className="app-header-link" data-testid="back-to-editor">
          Zum Konzepttext
        </AppLink>
        <AppLink href={fassungenPath(documentId)} className="app-header-link" aria-current={current === 'fassungen' ? 'page' : undefined} data-testid="to-fassungen">
          Fassungen &amp; Vergleich
        </AppLink>
        <AppLink href={beschlussvorlagePath(documentId)} className="app-header-link" data-testid="subpage-to-beschlussvorlage">
          Beschlussvorlage
        </AppLink>
      </nav>
    </AppHeader>
  )
}
