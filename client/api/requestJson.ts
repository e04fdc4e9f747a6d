import { ApiError } from './ApiError'
import { unauthorizedEvent } from './unauthorizedEvent'

/**
 * Sends a JSON request to the Fassung API and returns the parsed answer. Every failure becomes an
 * `ApiError` with a German message: the server's own `{error}` text where it sends one. A 401 also
 * tells the sign-in gate, unless the caller handles it itself (`quietUnauthorized`).
 */
export async function requestJson<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal; quietUnauthorized?: boolean } = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.')
  }
  if (response.status === 401 && !init.quietUnauthorized) window.dispatchEvent(new Event(unauthorizedEvent))
  if (response.status === 204) return undefined as T
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) throw new ApiError(response.status, readErrorMessage(payload) ?? fallbackMessage(response.status))
  return payload as T
}

function readErrorMessage(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return null
  const message = payload.error
  return typeof message === 'string' && message.length > 0 ? message : null
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Bitte melden Sie sich an.'
  if (status === 403) return 'Dafür fehlt Ihnen die Berechtigung.'
  if (status === 404) return 'Das Dokument wurde nicht gefunden.'
  if (status === 413) return 'Die Datei ist zu groß.'
  if (status >= 500) return `Auf dem Server ist ein Fehler aufgetreten (Status ${status}). Bitte versuchen Sie es später erneut.`
  return `Die Anfrage ist fehlgeschlagen (Status ${status}).`
}
