import type { SynopseRow } from '../changes/buildSynopseRows'
import type { SectionNumbers } from '../changes/indexSectionNumbers'
import type { SynopseScope } from './SynopseScope'

/** A row the Synopse shows, or a stretch of `count` rows it leaves out ("(…)"). */
export type SynopseItem = { kind: 'row'; row: SynopseRow; key: string } | { kind: 'gap'; count: number; key: string }

/**
 * The rows a Synopse shows for `scope`, in order, with one gap item for every stretch of rows left out.
 * A row belongs to a chosen Handlungsfeld if its number in either version is that number or lies below it.
 */
export function selectSynopseRows(rows: readonly SynopseRow[], sections: ReadonlyMap<string, SectionNumbers>, scope: SynopseScope): SynopseItem[] {
  const items: SynopseItem[] = []
  rows.forEach((row, position) => {
    const key = `${row.id ?? 'row'}:${position}`
    if (isShown(row, sections, scope)) {
      items.push({ kind: 'row', row, key })
      return
    }
    const last = items.at(-1)
    if (last?.kind === 'gap') last.count += 1
    else items.push({ kind: 'gap', count: 1, key: `gap:${key}` })
  })
  return items
}

function isShown(row: SynopseRow, sections: ReadonlyMap<string, SectionNumbers>, scope: SynopseScope): boolean {
  if (scope.changesOnly && !row.changed) return false
  if (scope.sections.length === 0) return true
  const numbers = row.id ? sections.get(row.id) : undefined
  return [numbers?.from, numbers?.to].some((number) => typeof number === 'string' && scope.sections.some((chosen) => number === chosen || number.startsWith(`${chosen}.`)))
}
