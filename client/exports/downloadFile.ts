import { ApiError } from '../api/ApiError'
import type { DownloadProgress } from './DownloadProgress'
import { fileNameFromContentDisposition } from './fileNameFromContentDisposition'
import { networkErrorMessage } from './networkErrorMessage'
import { readApiError } from './readApiError'

/** A file fetched completely, with the name the server gave it. */
export interface DownloadedFile {
  blob: Blob
  fileName: string
}

/**
 * Fetches a file from the API (with the session cookie), reporting the bytes received as they arrive.
 * Failures become an `ApiError` with a German message instead of a broken download; `onProgress` is first
 * called when the server has answered, i.e. once the file is rendered.
 */
export async function downloadFile(url: string, { fallbackName, signal, onProgress }: { fallbackName: string; signal?: AbortSignal; onProgress?: (progress: DownloadProgress) => void }): Promise<DownloadedFile> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: '*/*' }, credentials: 'same-origin', signal })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, networkErrorMessage)
  }
  if (!response.ok) throw await readApiError(response)

  const lengthHeader = Number.parseInt(response.headers.get('content-length') ?? '', 10)
  const total = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : null
  const type = response.headers.get('content-type') ?? 'application/octet-stream'
  const fileName = fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? fallbackName
  onProgress?.({ received: 0, total })

  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  try {
    if (response.body) {
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        received += value.byteLength
        onProgress?.({ received, total })
      }
    } else {
      const buffer = new Uint8Array(await response.arrayBuffer())
      chunks.push(buffer)
      received = buffer.byteLength
      onProgress?.({ received, total })
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'Die Verbindung brach ab, bevor die Datei vollständig war. Bitte versuchen Sie es erneut.')
  }
  if (total !== null && received < total) throw new ApiError(0, 'Die Datei kam nicht vollständig an. Bitte versuchen Sie es erneut.')
  return { blob: new Blob(chunks, { type }), fileName }
}
