import { departmentColor as colorOfDepartment } from '../../shared/departments/departmentColor'
import { departmentRegistry } from './departmentRegistry'

/** The colour of a department, as on every other screen and in the exports: by its place on the list of Fachdienste. */
export function departmentColor(department: string): string {
  return colorOfDepartment(department, departmentRegistry.current())
}
