import { requestJson } from '../../api/requestJson'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'

/** Every decision recorded for the document, oldest first. */
export async function listDecisions(documentId: string, signal?: AbortSignal): Promise<ReviewDecision[]> {
  const { decisions } = await requestJson<{ decisions: ReviewDecision[] }>(`/api/documents/${encodeURIComponent(documentId)}/decisions`, { signal })
  return decisions
}
