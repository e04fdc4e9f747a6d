import { AppHeader } from '../layout/AppHeader'
import { AppLink } from '../routing/AppLink'
import { documentPath } from '../routing/documentPath'
import { beschlussvorlagePath } from '../routing/beschlussvorlagePath'
import { activityPath } from '../routing/activityPath'
import { fassungenPath } from '../routing/fassungenPath'

/** The banner of a document's pages besides the editor (Fassungen, comparison, Beschlussvorlage): its title and the ways between them. */
export function DocumentSubpageHeader({ documentId, title, current }: { documentId: string; title: string | null; current: 'fassungen' | 'beschlussvorlage' | 'activity' | 'other' }) {
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
        <AppLink href={beschlussvorlagePath(documentId)} className="app-header-link" aria-current={current === 'beschlussvorlage' ? 'page' : undefined} data-testid="to-beschlussvorlage">
          Beschlussvorlage
        </AppLink>
        <AppLink href={activityPath(documentId)} className="app-header-link" aria-current={current === 'activity' ? 'page' : undefined} data-testid="to-activity">
          Aktivität
        </AppLink>
      </nav>
    </AppHeader>
  )
}
