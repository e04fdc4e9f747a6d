import { requestJson } from '../../api/requestJson'

/** Renames a Fachdienst (and every account's); answers with the whole list. */
export async function renameDepartment(from: string, to: string): Promise<string[]> {
  const { departments } = await requestJson<{ departments: string[] }>('/api/departments', { method: 'PATCH', body: { from, to } })
  return departments
}
