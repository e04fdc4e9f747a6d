import { DocumentListPage } from './documents/DocumentListPage'
import { EditorPage } from './editor/EditorPage'
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
    case 'notFound':
      return <NotFoundPage />
  }
}
