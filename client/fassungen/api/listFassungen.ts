import type { Fassung } from '../../../shared/fassungen/Fassung'
import { requestJson } from '../../api/requestJson'

/** The frozen Fassungen of a document, oldest first. */
export async function listFassungen(documentId: string, signal?: AbortSignal): Promise<Fassung[]> {
  const { fassungen } = await requestJson<{ fassungen: Fassung[] }>(`/api/documents/${encodeURIComponent(documentId)}/fassungen`, { signal })
  return fassungen
}
