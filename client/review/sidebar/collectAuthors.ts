import type { ChangeEntry } from '../../../shared/changes/ChangeModel'

export interface ChangeAuthors {
  departments: string[]
  people: { userId: string; name: string; department: string }[]
}

/** The departments and people who made the changes of a comparison, alphabetically. */
export function collectAuthors(changes: readonly ChangeEntry[]): ChangeAuthors {
  const departments = new Set<string>()
  const people = new Map<string, { userId: string; name: string; department: string }>()
  for (const change of changes) {
    if (!change.author) continue
    departments.add(change.author.department)
    people.set(change.author.userId, { userId: change.author.userId, name: change.author.name, department: change.author.department })
  }
  return {
    departments: [...departments].sort((a, b) => a.localeCompare(b, 'de')),
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'de')),
  }
}
