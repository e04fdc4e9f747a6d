import { requestJson } from '../../api/requestJson'
import type { DecisionScope } from './DecisionScope'

/**
 * Accepts or rejects changes of the draft against the Fassung `from`; a rejection edits the live document
 * on the server. Answers with the ids of the changes decided.
 */
export async function decideChanges(documentId: string, from: string, decision: 'accept' | 'reject', scope: DecisionScope): Promise<string[]> {
  const { decided } = await requestJson<{ decided: string[] }>(`/api/documents/${encodeURIComponent(documentId)}/decisions`, { method: 'POST', body: { from, decision, ...scope } })
  return decided
}
