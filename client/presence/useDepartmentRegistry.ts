import { useSyncExternalStore } from 'react'
import { departmentRegistry } from './departmentRegistry'

/** The list of Fachdienste; components re-render when it is loaded or changed. */
export function useDepartmentRegistry(): readonly string[] {
  return useSyncExternalStore(departmentRegistry.subscribe, departmentRegistry.current)
}
