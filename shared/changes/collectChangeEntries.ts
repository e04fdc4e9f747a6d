import { attributeLabels } from './attributeLabels'
import type { ChangeBlock, ChangeEntry, ChangeLocation } from './ChangeModel'

const summaryLength = 140
const unknownLocation: ChangeLocation = { sectionNumber: null, blockLabel: '' }

/** The flat list of changes in document order, as the change sidebar and accept/reject use it. */
export function collectChangeEntries(blocks: readonly ChangeBlock[]): ChangeEntry[] {
  const entries: ChangeEntry[] = []
  const seenMoves = new Set<string>()
  const visit = (list: readonly ChangeBlock[], enclosingId: string | null) => {
    for (const block of list) {
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
        entries.push({
          id: block.changeId,
          kind: block.status === 'inserted' ? 'insertion' : 'deletion',
          blockId,
          summary: shorten(textOf(block)),
          author: block.author ?? null,
          location,
          ranges: block.ranges ?? [],
        })
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
          summary: `${attributeLabels[change.key] ?? change.key}: ${String(change.from || '–')} → ${String(change.to || '–')}`,
          author: change.author,
          location,
          ranges: change.ranges ?? [],
        })
      }
      for (const run of block.runs) {
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
        entries.push({ id: run.changeId, kind: run.status === 'inserted' ? 'insertion' : 'deletion', blockId, summary: shorten(run.text), author: run.author ?? null, location, ranges: run.ranges ?? [] })
      }
      visit(block.children, blockId)
    }
  }
  visit(blocks, null)
  return entries
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
