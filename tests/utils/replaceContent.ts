import type { JSONContent } from '@tiptap/core'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { writeConceptJson } from '../../shared/yjs/conceptConversions'
import type { TestServer } from './createTestServer'

/** Replaces a document's whole content by a server edit, as a user would by retyping it. */
export async function replaceContent(server: TestServer, documentId: string, userId: string, json: JSONContent): Promise<void> {
  const normalized = normalizeConceptDocument(getConceptSchema().nodeFromJSON(json)).toJSON() as JSONContent
  await server.collaboration.changeDocument(documentId, userId, (ydoc) => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
    fragment.delete(0, fragment.length)
    writeConceptJson(ydoc, normalized)
  })
}
