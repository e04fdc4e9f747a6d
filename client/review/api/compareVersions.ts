import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { requestJson } from '../../api/requestJson'

/** The change model between a Fassung and a later Fassung or the draft. */
export function compareVersions(documentId: string, from: string, to: string, signal?: AbortSignal): Promise<ChangeModel> {
  const query = new URLSearchParams({ from, to })
  return requestJson<ChangeModel>(`/api/documents/${encodeURIComponent(documentId)}/compare?${query.toString()}`, { signal })
}
