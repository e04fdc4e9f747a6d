import type { ExportTiming } from './ExportTiming'
import type { FassungApi } from './FassungApi'

/** Times a GET that may not exist yet: 200 gives a timing, the API's catch-all 404 "n/a (route missing)". */
export async function timeOptionalRoute(api: FassungApi, path: string): Promise<ExportTiming> {
  const response = await api.request('GET', path)
  if (response.status === 200) return { milliseconds: response.milliseconds, bytes: response.body.byteLength }
  const message = response.body.toString().slice(0, 200)
  if (response.status === 404 && message.includes('Unbekannte Schnittstelle')) return { unavailable: 'n/a (route missing)' }
  return { unavailable: `n/a (HTTP ${response.status}: ${message})` }
}
