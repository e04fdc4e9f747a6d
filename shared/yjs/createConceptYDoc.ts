import * as Y from 'yjs'

/**
 * A Y.Doc for a concept. Garbage collection stays off for the document's whole life: comparing
 * Fassungen needs the content that was deleted since.
 */
export function createConceptYDoc(): Y.Doc {
  return new Y.Doc({ gc: false })
}
