import { ApiError } from '../api/ApiError'
import type { ImportResult } from '../api/apiTypes'
import { docxContentType } from './docxContentType'
import { networkErrorMessage } from './networkErrorMessage'
import { readApiError } from './readApiError'

/** Imports a Word file (.docx) as a new concept document; the answer says what was recognised. */
export async function importDocxDocument(file: Blob, title?: string): Promise<ImportResult> {
  const query = title ? `?${new URLSearchParams({ title }).toString()}` : ''
  let response: Response
  try {
    response = await fetch(`/api/documents/import-docx${query}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': docxContentType },
      credentials: 'same-origin',
      body: file,
    })
  } catch {
    throw new ApiError(0, networkErrorMessage)
  }
  if (!response.ok) throw await readApiError(response)
  return (await response.json()) as ImportResult
}
