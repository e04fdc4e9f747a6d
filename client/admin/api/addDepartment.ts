import { requestJson } from '../../api/requestJson'

/** Adds a Fachdienst at the end of the list; answers with the whole list. */
export async function addDepartment(name: string): Promise<string[]> {
  const { departments } = await requestJson<{ departments: string[] }>('/api/departments', { method: 'POST', body: { name } })
  return departments
}
