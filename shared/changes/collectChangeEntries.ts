import { attributeLabels } from './attributeLabels'
import type { ChangeBlock, ChangeEntry } from './ChangeModel'

const summaryLength = 140

/** The flat list of changes in document order, as the change sidebar and accept/reject use it. */
export function collectChangeEntries(blocks: readonly ChangeBlock[]): ChangeEntry[] {
  const entries: ChangeEntry[] = []
  const seenMoves = new Set<string>()
  const visit = (list: readonly ChangeBlock[], enclosingId: string | null) => {
    for (const block of list) {
      const blockId = block.id ?? enclosingId
      if (block.move) {
        if (!seenMoves.has(block.move.changeId)) {
          seenMoves.add(block.move.changeId)
          entries.push({ id: block.move.changeId, kind: 'move', blockId, summary: `verschoben: ${block.move.from} → ${block.move.to}`, author: block.move.author })
        }
        if (block.status === 'deleted' || !block.changed) continue
      } else if (block.changeId) {
        entries.push({
          id: block.changeId,
          kind: block.status === 'inserted' ? 'insertion' : 'deletion',
          blockId,
          summary: shorten(textOf(block)),
          author: block.author ?? null,
        })
      }
      for (const change of block.attributeChanges) {
        entries.push({ id: change.changeId, kind: 'attribute', blockId, summary: `${attributeLabels[change.key] ?? change.key}: ${String(change.from || '–')} → ${String(change.to || '–')}`, author: change.author })
      }
      for (const run of block.runs) {
        if (!run.changeId) continue
        entries.push({ id: run.changeId, kind: run.status === 'inserted' ? 'insertion' : 'deletion', blockId, summary: shorten(run.text), author: run.author ?? null })
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
