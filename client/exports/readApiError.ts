import { ApiError } from '../api/ApiError'
import { unauthorizedEvent } from '../api/unauthorizedEvent'

/**
 * The German error of a failed API response that is not read as JSON by `requestJson` (downloads, file
 * uploads): the server's `{error}` text where it sends one. A 401 also tells the sign-in gate.
 */
export async function readApiError(response: Response): Promise<ApiError> {
  if (response.status === 401) window.dispatchEvent(new Event(unauthorizedEvent))
  const payload: unknown = await response.json().catch(() => null)
  const message = typeof payload === 'object' && payload !== null && 'error' in payload && typeof payload.error === 'string' && payload.error ? payload.error : null
  return new ApiError(response.status, message ?? fallbackMessage(response.status))
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Bitte melden Sie sich an.'
  if (status === 403) return 'Dafür fehlt Ihnen die Berechtigung.'
  if (status === 404) return 'Das Dokument oder die Fassung wurde nicht gefunden.'
  if (status === 413) return 'Die Datei ist zu groß.'
  if (status >= 500) return `Auf dem Server ist ein Fehler aufgetreten (Status ${status}). Bitte versuchen Sie es später erneut.`
  return `Die Anfrage ist fehlgeschlagen (Status ${status}).`
}
