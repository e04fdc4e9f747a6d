import { requestJson } from './requestJson'

/** Creates an empty concept document and returns its id. */
export async function createDocument(title: string): Promise<string> {
  const { id } = await requestJson<{ id: string }>('/api/documents', { method: 'POST', body: { title } })
  return id
}
