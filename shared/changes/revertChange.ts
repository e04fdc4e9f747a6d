import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { markForFormat } from '../schema/validation/markForFormat'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { yDocToConceptJson } from '../yjs/conceptConversions'
import { parseChangeId } from './changeIds'
import type { ChangeBlock, ChangeModel } from './ChangeModel'
import { jsonToYXml } from './jsonToYXml'

export class UnknownChangeError extends Error {
  constructor(changeId: string) {
    super(`unknown change ${changeId}`)
    this.name = 'UnknownChangeError'
  }
}

export interface RevertContext {
  /** The older version of the comparison. */
  fromSnapshot: Y.Snapshot
  model: ChangeModel
  /** The older version as JSON, built once per decision, for restoring whole blocks. */
  olderDocument: () => JSONContent
}

/** The context for reverting changes of `model` on `ydoc`; the older document is built at most once. */
export function createRevertContext(ydoc: Y.Doc, fromSnapshot: Y.Snapshot, model: ChangeModel): RevertContext {
  let older: JSONContent | null = null
  return {
    fromSnapshot,
    model,
    // Read from the snapshot, which later edits of the live document do not change.
    olderDocument: () => (older ??= yDocToConceptJson(Y.createDocFromSnapshot(ydoc, fromSnapshot))),
  }
}

/**
 * Rejects one change of a comparison on the live document: an insertion is removed, a deletion restored
 * (as new text, so it is attributed to whoever rejects), an attribute set back, a move undone. The caller
 * runs this inside the transaction that records who made the edit.
 */
export function revertChange(ydoc: Y.Doc, changeId: string, context: RevertContext): void {
  const parsed = parseChangeId(changeId)
  if (!parsed) throw new UnknownChangeError(changeId)
  switch (parsed.kind) {
    case 'insertion':
      removeItems(ydoc, parsed.ranges)
      return
    case 'deletion':
      restoreItems(ydoc, parsed.ranges, context)
      return
    case 'attribute': {
      const element = elementAt(ydoc, parsed.client, parsed.clock)
      // A value of the wrong type, stored by an older version, is not brought back.
      const previous = sanitizeAttributes(element.nodeName, element.getAttributes(context.fromSnapshot)).valid[parsed.key]
      if (previous === undefined || previous === null) element.removeAttribute(parsed.key)
      else element.setAttribute(parsed.key, previous as string)
      return
    }
    case 'move': {
      const parts = findMoveParts(context.model.blocks, changeId)
      if (parts.length === 0) throw new UnknownChangeError(changeId)
      for (const part of parts) revertChange(ydoc, part, context)
    }
  }
}

function findMoveParts(blocks: readonly ChangeBlock[], moveId: string): string[] {
  const parts: string[] = []
  for (const block of blocks) {
    if (block.move?.changeId === moveId && block.changeId) parts.push(block.changeId)
    parts.push(...findMoveParts(block.children, moveId))
  }
  return parts
}

function itemAt(ydoc: Y.Doc, client: number, clock: number): Y.Item {
  const struct = Y.getItem(ydoc.store, Y.createID(client, clock))
  if (!(struct instanceof Y.Item)) throw new Error(`no item at ${client}.${clock}`)
  return struct
}

function elementAt(ydoc: Y.Doc, client: number, clock: number): Y.XmlElement {
  const item = itemAt(ydoc, client, clock)
  if (!(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.XmlElement)) throw new Error(`item ${client}.${clock} is not an element`)
  return item.content.type
}

function inRanges(ranges: readonly ItemRange[], client: number, clock: number): boolean {
  return ranges.some(([rangeClient, start, length]) => rangeClient === client && clock >= start && clock < start + length)
}

/** The parents whose children the ranges touch, each once. */
function parentsOf(ydoc: Y.Doc, ranges: readonly ItemRange[]): Y.AbstractType<unknown>[] {
  const parents = new Set<Y.AbstractType<unknown>>()
  for (const [client, clock] of ranges) parents.add(itemAt(ydoc, client, clock).parent as Y.AbstractType<unknown>)
  return [...parents]
}

/** Deletes whatever of the ranges is still visible, by index, back to front. */
function removeItems(ydoc: Y.Doc, ranges: readonly ItemRange[]) {
  for (const parent of parentsOf(ydoc, ranges)) {
    const segments: { index: number; length: number }[] = []
    let index = 0
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted || !item.countable) continue
      for (let offset = 0; offset < item.length; offset += 1) {
        if (inRanges(ranges, item.id.client, item.id.clock + offset)) {
          const last = segments.at(-1)
          if (last && last.index + last.length === index + offset) last.length += 1
          else segments.push({ index: index + offset, length: 1 })
        }
      }
      index += item.length
    }
    for (const segment of segments.reverse()) deleteAt(parent, segment.index, segment.length)
  }
}

function deleteAt(parent: Y.AbstractType<unknown>, index: number, length: number) {
  if (parent instanceof Y.XmlText) parent.delete(index, length)
  else if (parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment) parent.delete(index, length)
}

/** Inserts the deleted text or blocks again where they stood. */
function restoreItems(ydoc: Y.Doc, ranges: readonly ItemRange[], context: RevertContext) {
  for (const parent of parentsOf(ydoc, ranges)) {
    if (parent instanceof Y.XmlText) restoreText(parent, ranges)
    else restoreBlocks(parent as Y.XmlElement | Y.XmlFragment, ranges, context)
  }
}

function restoreText(text: Y.XmlText, ranges: readonly ItemRange[]) {
  const insertions: { index: number; text: string; attributes: Record<string, unknown> }[] = []
  const formatting: Record<string, unknown> = {}
  let index = 0
  for (let item = text._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentFormat) {
      if (!item.deleted) {
        // Only marks the schema allows are restored with the text.
        if (!markForFormat(item.content.key, item.content.value)) delete formatting[item.content.key]
        else formatting[item.content.key] = item.content.value
      }
      continue
    }
    if (!item.deleted) {
      if (item.countable) index += item.length
      continue
    }
    if (!(item.content instanceof Y.ContentString)) continue
    let restored = ''
    for (let offset = 0; offset < item.length; offset += 1) {
      if (inRanges(ranges, item.id.client, item.id.clock + offset)) restored += item.content.str[offset]
    }
    if (!restored) continue
    const last = insertions.at(-1)
    if (last && last.index === index) last.text += restored
    else insertions.push({ index, text: restored, attributes: { ...formatting } })
  }
  for (const insertion of insertions.reverse()) text.insert(insertion.index, insertion.text, insertion.attributes)
}

function restoreBlocks(parent: Y.XmlElement | Y.XmlFragment, ranges: readonly ItemRange[], context: RevertContext) {
  const insertions: { index: number; element: Y.XmlElement }[] = []
  let index = 0
  for (let item = parent._start; item !== null; item = item.right) {
    if (!item.deleted) {
      if (item.countable) index += item.length
      continue
    }
    if (!inRanges(ranges, item.id.client, item.id.clock) || !(item.content instanceof Y.ContentType)) continue
    const element = item.content.type
    if (!(element instanceof Y.XmlElement)) continue
    const id = element.getAttributes(context.fromSnapshot)['id']
    const json = typeof id === 'string' ? findBlockJson(context.olderDocument(), id) : null
    if (json) insertions.push({ index, element: jsonToYXml(json) })
  }
  for (const insertion of insertions.reverse()) parent.insert(insertion.index, [insertion.element])
}

function findBlockJson(node: JSONContent, id: string): JSONContent | null {
  if (node.attrs?.['id'] === id) return node
  for (const child of node.content ?? []) {
    const found = findBlockJson(child, id)
    if (found) return found
  }
  return null
}
