import { ActivityPage } from './activity/ActivityPage'
import { AdministrationPage } from './admin/AdministrationPage'
import { BeschlussvorlagePage } from './beschlussvorlage/BeschlussvorlagePage'
import { DocumentListPage } from './documents/DocumentListPage'
import { EditorPage } from './editor/EditorPage'
import { FassungenPage } from './fassungen/FassungenPage'
import { FassungReaderPage } from './fassungen/FassungReaderPage'
import { ComparisonPage } from './review/ComparisonPage'
import { SinceLastFassungPage } from './review/SinceLastFassungPage'
import { comparisonPath } from './routing/comparisonPath'
import { NotFoundPage } from './NotFoundPage'
import { useAppRoute } from './routing/useAppRoute'

/** The page for the current address. */
export function CurrentPage() {
  const route = useAppRoute()
  switch (route.page) {
    case 'documents':
      return <DocumentListPage />
    case 'editor':
      return <EditorPage key={route.documentId} documentId={route.documentId} />
    case 'fassungen':
      return <FassungenPage key={route.documentId} documentId={route.documentId} />
    case 'fassung':
      return <FassungReaderPage key={`${route.documentId}/${route.fassungId}`} documentId={route.documentId} fassungId={route.fassungId} />
    case 'comparison':
      return (
        <ComparisonPage
          key={`${route.documentId}/${route.from}/${route.to}`}
          documentId={route.documentId}
          from={route.from}
          to={route.to}
          view={route.view}
          viewPath={(view) => comparisonPath(route.documentId, route.from, route.to, view)}
        />
      )
    case 'sinceLastFassung':
      return <SinceLastFassungPage key={route.documentId} documentId={route.documentId} view={route.view} />
    case 'beschlussvorlage':
      return <BeschlussvorlagePage key={route.documentId} documentId={route.documentId} />
    case 'activity':
      return <ActivityPage key={route.documentId} documentId={route.documentId} />
    case 'administration':
      return <AdministrationPage />
    case 'notFound':
      return <NotFoundPage />
  }
}
