import { departmentPalette } from './departmentPalette'

/**
 * A colour per department. A department keeps its colour across comparisons and reloads (it follows from
 * the name); only where two departments of one comparison would share a colour does the later one move on.
 */
export function assignDepartmentColors(departments: Iterable<string>): Map<string, string> {
  const colors = new Map<string, string>()
  const taken = new Set<number>()
  for (const department of [...new Set(departments)].sort((a, b) => a.localeCompare(b, 'de'))) {
    let index = hashName(department) % departmentPalette.length
    for (let step = 0; step < departmentPalette.length && taken.has(index); step += 1) index = (index + 1) % departmentPalette.length
    taken.add(index)
    colors.set(department, departmentPalette[index] ?? departmentPalette[0])
  }
  return colors
}

function hashName(name: string): number {
  let hash = 0
  for (const character of name) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0
  return hash
}
