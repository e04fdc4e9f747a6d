import type { ImportResult } from './apiTypes'
import { requestJson } from './requestJson'

/** Imports the text of an uploaded .txt file as a new concept document. */
export function importDocument(text: string, title?: string): Promise<ImportResult> {
  return requestJson<ImportResult>('/api/documents/import', { method: 'POST', body: title ? { title, text } : { text } })
}
