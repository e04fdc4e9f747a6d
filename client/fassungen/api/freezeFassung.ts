import type { Fassung } from '../../../shared/fassungen/Fassung'
import { requestJson } from '../../api/requestJson'
import type { FreezeFassungInput } from './FreezeFassungInput'

/** Freezes the current text of the document as a new, immutable Fassung. */
export async function freezeFassung(documentId: string, input: FreezeFassungInput): Promise<Fassung> {
  const body = input.beratungsfolgeId ? input : { name: input.name, gremium: input.gremium, date: input.date, status: input.status }
  const { fassung } = await requestJson<{ id: string; fassung: Fassung }>(`/api/documents/${encodeURIComponent(documentId)}/fassungen`, { method: 'POST', body })
  return fassung
}
