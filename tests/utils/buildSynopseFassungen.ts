import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { SynopseBlock, SynopseRow } from './readWarendorfSynopse'

/** The older Fassung as a concept document: headings, paragraphs, numbered lists. */
export function synopseBlocksToJson(blocks: readonly SynopseBlock[]): JSONContent {
  const content: JSONContent[] = []
  for (const block of blocks) {
    const text = block.text ? [{ type: 'text', text: block.text }] : []
    if (block.kind === 'listItem') {
      const item = { type: 'listItem', content: [{ type: 'paragraph', content: text }] }
      const last = content.at(-1)
      if (last?.type === 'orderedList') last.content!.push(item)
      else content.push({ type: 'orderedList', content: [item] })
      continue
    }
    content.push(block.kind === 'heading' ? { type: 'heading', attrs: { level: 2 }, content: text } : { type: 'paragraph', content: text })
  }
  return { type: 'doc', content }
}

interface LocatedBlock {
  block: SynopseBlock
  /** Position of the textblock (paragraph or heading) in the document. */
  position: number
  node: ProseMirrorNode
}

/** The textblocks of the document in order, each with the block it came from. */
function locate(doc: ProseMirrorNode, blocks: readonly SynopseBlock[]): LocatedBlock[] {
  const textblocks: { position: number; node: ProseMirrorNode }[] = []
  doc.descendants((node, position) => {
    if (node.isTextblock) textblocks.push({ position, node })
    return !node.isTextblock
  })
  if (textblocks.length !== blocks.length) throw new Error('document and blocks disagree')
  return textblocks.map((located, index) => ({ ...located, block: blocks[index]! }))
}

/**
 * Edits the older Fassung into the newer one row by row, the way an editor types: new paragraphs and list
 * items are inserted where they belong, changed paragraphs get only their new words.
 */
export function editTowardsNewerFassung(tr: Transaction, rows: readonly SynopseRow[]): void {
  const located = locate(tr.doc, rows.flatMap((row) => row.afs))
  const schema = tr.doc.type.schema
  const operations: { position: number; apply: (tr: Transaction) => void }[] = []
  let index = 0
  for (const row of rows) {
    const afs = located.slice(index, index + row.afs.length)
    index += row.afs.length
    let cursor = 0
    let previous: LocatedBlock | null = index - row.afs.length > 0 ? located[index - row.afs.length - 1]! : null
    for (const target of row.rat) {
      const current = afs[cursor]
      if (current && current.block.text === target.text) {
        previous = current
        cursor += 1
        continue
      }
      if (current && current.block.kind === target.kind && sharesWords(current.block.text, target.text)) {
        operations.push(changeText(current, target.text))
        previous = current
        cursor += 1
        continue
      }
      const paragraph = schema.nodes['paragraph']!.create(null, schema.text(target.text))
      if (target.kind === 'listItem') {
        const item = schema.nodes['listItem']!.create(null, paragraph)
        // After the previous item of the same list, or before the first one.
        const position = previous?.block.kind === 'listItem' ? previous.position + previous.node.nodeSize + 1 : current!.position - 1
        operations.push({ position, apply: (transaction) => transaction.insert(position, item) })
      } else {
        const position = previous ? previous.position + previous.node.nodeSize : 0
        operations.push({ position, apply: (transaction) => transaction.insert(position, paragraph) })
      }
    }
  }
  // Back to front; of several insertions at one place the last goes in first, so they end up in order.
  const ordered = operations.map((operation, order) => ({ ...operation, order })).sort((a, b) => b.position - a.position || b.order - a.order)
  for (const operation of ordered) operation.apply(tr)
}

function sharesWords(older: string, newer: string): boolean {
  return older.slice(0, 20) === newer.slice(0, 20) || older.slice(-20) === newer.slice(-20)
}

function changeText(located: LocatedBlock, newer: string) {
  const older = located.block.text
  let prefix = 0
  while (prefix < older.length && prefix < newer.length && older[prefix] === newer[prefix]) prefix += 1
  let suffix = 0
  while (suffix < older.length - prefix && suffix < newer.length - prefix && older[older.length - 1 - suffix] === newer[newer.length - 1 - suffix]) suffix += 1
  const from = located.position + 1 + prefix
  const to = located.position + 1 + older.length - suffix
  const inserted = newer.slice(prefix, newer.length - suffix)
  return { position: from, apply: (tr: Transaction) => tr.insertText(inserted, from, to) }
}
