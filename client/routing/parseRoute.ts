import { administrationPath } from '../admin/administrationPath'
import type { AppRoute } from './AppRoute'
import { parseActivityRoute } from './parseActivityRoute'
import { parseBeschlussvorlageRoute } from './parseBeschlussvorlageRoute'
import { parseReviewRoute } from './parseReviewRoute'

/**
 * The page for a location: `/` lists the documents, `/d/<id>` opens one. `#/d/<id>` is understood too,
 * so a deep link still works where the server does not fall back to index.html.
 */
export function parseRoute(pathname: string, hash = ''): AppRoute {
  const path = hash.startsWith('#/') ? hash.slice(1) : pathname
  if (path === '/' || path === '') return { page: 'documents' }
  if (path === administrationPath || path === `${administrationPath}/`) return { page: 'administration' }
  const match = /^\/d\/([^/]+)\/?$/.exec(path)
  if (match?.[1]) return { page: 'editor', documentId: decodeURIComponent(match[1]) }
  const beschlussvorlageRoute = parseBeschlussvorlageRoute(path)
  if (beschlussvorlageRoute) return beschlussvorlageRoute
  const activityRoute = parseActivityRoute(path)
  if (activityRoute) return activityRoute
  const reviewRoute = parseReviewRoute(path)
  if (reviewRoute) return reviewRoute
  return { page: 'notFound' }
}
