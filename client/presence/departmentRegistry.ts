import { requestJson } from '../api/requestJson'

type Listener = () => void

let departments: readonly string[] = []
const listeners = new Set<Listener>()

/**
 * The administration's list of Fachdienste, in the order that gives each its colour. Loaded after sign-in and
 * after the administration changes it; until then (or if it cannot be loaded) colours follow from the names.
 */
export const departmentRegistry = {
  current(): readonly string[] {
    return departments
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  replace(next: readonly string[]): void {
    departments = next
    for (const listener of listeners) listener()
  },
  async load(signal?: AbortSignal): Promise<readonly string[]> {
    const { departments: loaded } = await requestJson<{ departments: string[] }>('/api/departments', { signal })
    departmentRegistry.replace(loaded)
    return loaded
  },
}
