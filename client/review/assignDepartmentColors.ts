import { departmentColor } from '../../shared/departments/departmentColor'

/**
 * A colour per department, the same as in presence and the exports: by the department's place on the
 * administration's list of Fachdienste (`registry`), or derived from its name if it is not on the list;
 * in alphabetical order, as the legend lists them.
 */
export function assignDepartmentColors(departments: Iterable<string>, registry: readonly string[]): Map<string, string> {
  const sorted = [...new Set(departments)].sort((a, b) => a.localeCompare(b, 'de'))
  return new Map(sorted.map((department) => [department, departmentColor(department, registry)]))
}
