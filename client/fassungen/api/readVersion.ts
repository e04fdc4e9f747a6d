import type { JSONContent } from '@tiptap/core'
import { requestJson } from '../../api/requestJson'

/** The text of a Fassung (or `draft`) as ProseMirror JSON. */
export async function readVersion(documentId: string, version: string, signal?: AbortSignal): Promise<JSONContent> {
  const { doc } = await requestJson<{ doc: JSONContent }>(`/api/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(version)}`, { signal })
  return doc
}
