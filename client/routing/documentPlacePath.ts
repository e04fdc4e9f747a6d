import { documentPath } from './documentPath'

/** The query parameter that names the block the editor opens at. */
export const placeParameter = 'stelle'

/** The editor of a document, opened with the caret at the start of the block `blockId`. */
export function documentPlacePath(documentId: string, blockId: string): string {
  return `${documentPath(documentId)}?${placeParameter}=${encodeURIComponent(blockId)}`
}
