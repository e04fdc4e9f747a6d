import { attributeLabels } from './attributeLabels'
import { standardFieldLabels } from '../schema/nodes/labelledField/labelledFieldDefinitions'
import type { ChangeBlock, ChangeEntry, ChangeLocation, ChangeRun, ItemPosition } from './ChangeModel'

const summaryLength = 140
const unknownLocation: ChangeLocation = { sectionNumber: null, blockLabel: '' }

/** The flat list of changes in document order, as the change sidebar and accept/reject use it. */
export function collectChangeEntries(blocks: readonly ChangeBlock[]): ChangeEntry[] {
  const entries: ChangeEntry[] = []
  const seenMoves = new Set<string>()
  const visit = (list: readonly ChangeBlock[], enclosingId: string | null) => {
    for (const [index, block] of list.entries()) {
      const blockId = block.id ?? enclosingId
      const location = block.location ?? unknownLocation
      if (block.move) {
        if (!seenMoves.has(block.move.changeId)) {
          seenMoves.add(block.move.changeId)
          entries.push({
            id: block.move.changeId,
            kind: 'move',
            blockId,
            summary: `verschoben: ${block.move.from} → ${block.move.to}`,
            author: block.move.author,
            location,
            ranges: block.move.ranges ?? [],
            placement: { from: block.move.from, to: block.move.to },
          })
        }
        if (block.status === 'deleted' || !block.changed) continue
      } else if (block.changeId) {
        const entry: ChangeEntry = {
          id: block.changeId,
          kind: block.status === 'inserted' ? 'insertion' : 'deletion',
          blockId,
          summary: shorten(textOf(block)),
          author: block.author ?? null,
          location,
          ranges: block.ranges ?? [],
        }
        if (block.status === 'deleted') entry.restoreAt = blockRestorePlaces(list, index)
        entries.push(entry)
      }
      if (block.reorder) {
        const { reorder } = block
        const placement = { from: `Position ${reorder.fromIndex + 1}`, to: `Position ${reorder.toIndex + 1}` }
        entries.push({ id: reorder.changeId, kind: 'reorder', blockId, summary: `umgestellt: ${placement.from} → ${placement.to}`, author: reorder.author, location, ranges: reorder.ranges, placement })
      }
      for (const change of block.attributeChanges) {
        entries.push({
          id: change.changeId,
          kind: 'attribute',
          blockId,
          summary: `${attributeLabels[change.key] ?? change.key}: ${attributeValueText(block.type, change.key, change.from)} → ${attributeValueText(block.type, change.key, change.to)}`,
          author: change.author,
          location,
          ranges: change.ranges ?? [],
        })
      }
      for (const [runIndex, run] of block.runs.entries()) {
        for (const format of run.formatChanges ?? []) {
          entries.push({
            id: format.changeId,
            kind: 'format',
            blockId,
            summary: shorten(run.text),
            author: format.author,
            location,
            ranges: format.ranges,
            format: { mark: format.mark, change: format.change, value: format.value },
          })
        }
        if (!run.changeId) continue
        const entry: ChangeEntry = { id: run.changeId, kind: run.status === 'inserted' ? 'insertion' : 'deletion', blockId, summary: shorten(run.text), author: run.author ?? null, location, ranges: run.ranges ?? [] }
        if (run.status === 'deleted') entry.restoreAt = restorePlaces(block.runs, runIndex)
        entries.push(entry)
      }
      visit(block.children, blockId)
    }
  }
  visit(blocks, null)
  return entries
}

/**
 * Neighbours of the deleted run `index` that the newer version has: the first character of the next run and of the
 * next unchanged one, the last character of the previous run and of the previous unchanged one.
 */
function restorePlaces(runs: readonly ChangeRun[], index: number): NonNullable<ChangeEntry['restoreAt']> {
  const standing = (run: ChangeRun) => run.status !== 'deleted' && (run.ranges?.length ?? 0) > 0
  const following = runs.slice(index + 1)
  const preceding = runs.slice(0, index).reverse()
  const first = (run: ChangeRun | undefined): ItemPosition[] => (run ? [[run.ranges![0]![0], run.ranges![0]![1]]] : [])
  const last = (run: ChangeRun | undefined): ItemPosition[] => {
    const range = run?.ranges?.at(-1)
    return range ? [[range[0], range[1] + range[2] - 1]] : []
  }
  return {
    before: unique([...first(following.find(standing)), ...first(following.find((run) => standing(run) && run.status === 'unchanged'))]),
    after: unique([...last(preceding.find(standing)), ...last(preceding.find((run) => standing(run) && run.status === 'unchanged'))]),
  }
}

/** Siblings of the deleted block `index` that the newer version has: the next one and the next unchanged one, the previous ones likewise. */
function blockRestorePlaces(siblings: readonly ChangeBlock[], index: number): NonNullable<ChangeEntry['restoreAt']> {
  const standing = (block: ChangeBlock) => block.status !== 'deleted' && block.element !== undefined
  const following = siblings.slice(index + 1)
  const preceding = siblings.slice(0, index).reverse()
  const element = (block: ChangeBlock | undefined): ItemPosition[] => (block?.element ? [block.element] : [])
  return {
    before: unique([...element(following.find(standing)), ...element(following.find((block) => standing(block) && block.status === 'unchanged'))]),
    after: unique([...element(preceding.find(standing)), ...element(preceding.find((block) => standing(block) && block.status === 'unchanged'))]),
  }
}

function unique(positions: ItemPosition[]): ItemPosition[] {
  return positions.filter((position, index) => positions.findIndex((other) => other[0] === position[0] && other[1] === position[1]) === index)
}

function textOf(block: ChangeBlock): string {
  const own = block.runs.map((run) => run.text).join('')
  const children = block.children.map(textOf).filter(Boolean).join(' · ')
  return [own, children].filter(Boolean).join(' ')
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim()
  return single.length > summaryLength ? `${single.slice(0, summaryLength - 1)}…` : single
}

/** A value as a change summary names it; a field's empty label is its standard one ("Zielgruppe"). */
function attributeValueText(type: string, key: string, value: unknown): string {
  if (key === 'label' && !value) return standardFieldLabels.get(type) ?? '–'
  return String(value || '–')
}
