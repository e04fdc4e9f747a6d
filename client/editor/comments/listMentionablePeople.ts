import type { MentionablePerson } from '../../../shared/review/MentionablePerson'
import { requestJson } from '../../api/requestJson'

/** The accounts that may open the document: whom a comment can @mention. */
export async function listMentionablePeople(documentId: string, signal?: AbortSignal): Promise<MentionablePerson[]> {
  const { people } = await requestJson<{ people: MentionablePerson[] }>(`/api/documents/${encodeURIComponent(documentId)}/people`, { signal })
  return people
}
