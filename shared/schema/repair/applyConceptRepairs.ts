import type { Transform } from '@tiptap/pm/transform'
import type { ConceptRepair } from './findConceptRepairs'

/** Applies repairs back to front, so that every position still points where it was found. */
export function applyConceptRepairs(transform: Transform, repairs: readonly ConceptRepair[]): void {
  const ordered = [...repairs].sort((a, b) => repairStart(b) - repairStart(a))
  for (const repair of ordered) {
    if (repair.kind === 'insert') transform.insert(repair.position, repair.node)
    else transform.delete(repair.from, repair.to)
  }
}

function repairStart(repair: ConceptRepair): number {
  return repair.kind === 'insert' ? repair.position : repair.from
}
