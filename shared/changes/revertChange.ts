import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { legacyDecidedItems } from '../review/legacyDecidedItems'
import { CONTENT_FRAGMENT } from '../schema/nodeNames'
import { markNameOfFormat } from '../schema/validation/getConceptSchemaRules'
import { markForFormat } from '../schema/validation/markForFormat'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import type { ChangeEntry } from './ChangeModel'
import { jsonToYXml } from './jsonToYXml'
import { isVisibleIn } from './isVisibleIn'
import { readElementJson } from './readElementJson'

export class UnknownChangeError extends Error {
  constructor(changeId: string) {
    super(`unknown change ${changeId}`)
    this.name = 'UnknownChangeError'
  }
}

/** What taking a change back needs of a change-list entry: its kind, its exact items, for a format change the mark. */
export type RevertibleChange = Pick<ChangeEntry, 'id' | 'kind' | 'ranges' | 'format' | 'restoreAt'>

export interface RevertContext {
  /** The older version of the comparison. */
  fromSnapshot: Y.Snapshot
  /** The older version as a document of its own with the same item ids, built at most once. */
  olderDoc: () => Y.Doc
  /** Live blocks by id (moved and restored copies included), for putting content back into a block that was copied. */
  liveBlocks: () => Map<string, Y.XmlElement>
  /** Ids of the blocks this revert has put back so far. */
  restored: Set<string>
  /** Whether the item was written by this revert (text put back before it), not by an earlier edit. */
  writtenHere: (item: Y.Item) => boolean
}

/** The context for reverting changes against `fromSnapshot` on `ydoc`; what it builds, it builds once. */
export function createRevertContext(ydoc: Y.Doc, fromSnapshot: Y.Snapshot): RevertContext {
  let older: Y.Doc | null = null
  let blocks: Map<string, Y.XmlElement> | null = null
  const ownClient = ydoc.clientID
  const firstOwnClock = Y.getState(ydoc.store, ownClient)
  return {
    fromSnapshot,
    // Read from the snapshot: later edits, the reverts themselves included, do not change it.
    olderDoc: () => (older ??= Y.createDocFromSnapshot(ydoc, fromSnapshot)),
    liveBlocks: () => (blocks ??= indexBlocks(ydoc.getXmlFragment(CONTENT_FRAGMENT))),
    restored: new Set(),
    writtenHere: (item) => item.id.client === ownClient && item.id.clock >= firstOwnClock,
  }
}

/**
 * Takes back changes of a comparison on the live document, in the order given (moves last): an insertion is removed, a
 * deletion restored (as new text, so it is attributed to whoever rejects), an attribute or a mark set back,
 * a moved or reordered block put back where it stood with its current content. Works on the change's items
 * only, so it never fails on what later edits did around them: items already gone are left alone. The
 * caller runs this inside the transaction that records who made the edit.
 */
export function revertChanges(ydoc: Y.Doc, changes: readonly RevertibleChange[], context: RevertContext): void {
  // Moves last: putting a block back copies it, and the edits inside it name the items of the copy it had.
  const placements = new Set<ChangeEntry['kind']>(['move', 'reorder'])
  for (const change of changes) if (!placements.has(change.kind)) revertChange(ydoc, change, context)
  for (const change of changes) if (placements.has(change.kind)) revertChange(ydoc, change, context)
}

/** Takes back one change; see `revertChanges`. */
export function revertChange(ydoc: Y.Doc, change: RevertibleChange, context: RevertContext): void {
  // Typing the root: a document loaded from an update alone has a placeholder root that cannot insert.
  ydoc.getXmlFragment(CONTENT_FRAGMENT)
  const ranges = change.ranges.filter(([, , length]) => length > 0)
  if (ranges.length === 0) {
    revertByIdAlone(ydoc, change, context)
    return
  }
  switch (change.kind) {
    case 'insertion':
      removeItems(slicesOf(ydoc, ranges).filter((slice) => isLive(slice.item)))
      return
    case 'deletion':
      restoreItems(
        slicesOf(ydoc, ranges).filter((slice) => slice.item.deleted || isRenamedBlock(slice.item, context)),
        context,
        change.restoreAt,
      )
      return
    case 'attribute':
      for (const { item } of slicesOf(ydoc, ranges)) {
        // TODO(change model): ranges name the element rather than the map entry of the value for now; the id names the key.
        if (item.parentSub === null) revertByIdAlone(ydoc, { ...change, ranges: [] }, context)
        else revertAttribute(item, context)
      }
      return
    case 'move':
    case 'reorder':
      revertPlacement(ydoc, ranges, context)
      return
    case 'format':
      if (!change.format) throw new UnknownChangeError(change.id)
      revertFormat(
        slicesOf(ydoc, ranges).filter((slice) => isLive(slice.item)),
        change.format,
      )
  }
}

/** A part of one item: characters `from` to `to` (exclusive) of it. */
interface ItemSlice {
  item: Y.Item
  from: number
  to: number
}

/** The items (and parts of items) the ranges name, in range order; clocks the document does not have are skipped. */
function slicesOf(ydoc: Y.Doc, ranges: readonly ItemRange[]): ItemSlice[] {
  const slices: ItemSlice[] = []
  for (const [client, clock, length] of ranges) {
    const end = Math.min(clock + length, Y.getState(ydoc.store, client))
    for (let position = clock; position < end; ) {
      const struct = Y.getItem(ydoc.store, Y.createID(client, position))
      const structEnd = struct.id.clock + struct.length
      if (struct instanceof Y.Item) slices.push({ item: struct, from: position - struct.id.clock, to: Math.min(end, structEnd) - struct.id.clock })
      position = structEnd
    }
  }
  return slices
}

/** Not deleted, and neither is any block around it. */
function isLive(item: Y.Item): boolean {
  for (let current: Y.Item | null = item; current !== null; current = (current.parent as Y.AbstractType<unknown>)._item) {
    if (current.deleted) return false
  }
  return true
}

/** What holds content in a concept: the root fragment, an element, a text. */
type Parent = Y.XmlFragment | Y.XmlText

function parentOf(item: Y.Item): Parent | null {
  const parent = item.parent
  return parent instanceof Y.XmlFragment || parent instanceof Y.XmlText ? parent : null
}

function groupByParent(slices: readonly ItemSlice[]): Map<Parent, ItemSlice[]> {
  const groups = new Map<Parent, ItemSlice[]>()
  for (const slice of slices) {
    const parent = parentOf(slice.item)
    if (!parent) continue
    const group = groups.get(parent)
    if (group) group.push(slice)
    else groups.set(parent, [slice])
  }
  return groups
}

/** Where the slices stand among the parent's visible content, as index and length, front to back and merged. */
function visibleSegments(parent: Parent, slices: readonly ItemSlice[]): { index: number; length: number }[] {
  const byItem = new Map<Y.Item, ItemSlice[]>()
  for (const slice of slices) byItem.set(slice.item, [...(byItem.get(slice.item) ?? []), slice])
  const segments: { index: number; length: number }[] = []
  let index = 0
  for (let item = parent._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue
    for (const slice of (byItem.get(item) ?? []).sort((a, b) => a.from - b.from)) {
      const last = segments.at(-1)
      if (last && last.index + last.length === index + slice.from) last.length += slice.to - slice.from
      else segments.push({ index: index + slice.from, length: slice.to - slice.from })
    }
    index += item.length
  }
  return segments
}

function removeItems(slices: readonly ItemSlice[]) {
  for (const [parent, group] of groupByParent(slices)) {
    for (const segment of visibleSegments(parent, group).reverse()) deleteFrom(parent, segment.index, segment.length)
  }
}

function deleteFrom(parent: Parent, index: number, length: number) {
  parent.delete(index, length)
}

/** Inserts deleted text and blocks again where they stood; text where the comparison shows it, if `restoreAt` says. */
function restoreItems(slices: readonly ItemSlice[], context: RevertContext, restoreAt?: ChangeEntry['restoreAt']) {
  for (const [parent, group] of groupByParent(slices)) {
    if (parent instanceof Y.XmlText) restoreText(parent, group, context, restoreAt)
    else for (const { item } of group) if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) restoreBlock(item, context, restoreAt)
  }
}

interface TextInsertion {
  /** The first deleted character the text restores: the restored text goes right before it. */
  anchor: Y.ID
  /** Characters of visible text before the place in the older version. */
  olderOffset: number
  text: string
  /** The marks the text had in the older version. */
  marks: Record<string, unknown>
}

function restoreText(text: Y.XmlText, slices: readonly ItemSlice[], context: RevertContext, restoreAt?: ChangeEntry['restoreAt']) {
  const wanted = new Map<Y.Item, ItemSlice[]>()
  for (const slice of slices) wanted.set(slice.item, [...(wanted.get(slice.item) ?? []), slice])
  const insertions: TextInsertion[] = []
  const olderMarks: Record<string, unknown> = {}
  let olderOffset = olderTextBefore(text, context)
  for (let item = text._start; item !== null; item = item.right) {
    const inOlder = isVisibleIn(item, context.fromSnapshot)
    if (item.content instanceof Y.ContentFormat) {
      // Only marks the schema allows are restored with the text.
      if (inOlder && markForFormat(item.content.key, item.content.value)) olderMarks[item.content.key] = item.content.value
      else if (inOlder) delete olderMarks[item.content.key]
      continue
    }
    const parts = item.deleted && item.content instanceof Y.ContentString ? wanted.get(item) : undefined
    for (const part of [...(parts ?? [])].sort((a, b) => a.from - b.from)) {
      const restored = (item.content as Y.ContentString).str.slice(part.from, part.to)
      const anchor = Y.createID(item.id.client, item.id.clock + part.from)
      const partOlderOffset = olderOffset + (inOlder ? part.from : 0)
      const last = insertions.at(-1)
      if (last && last.anchor.client === anchor.client && last.anchor.clock + last.text.length === anchor.clock && JSON.stringify(last.marks) === JSON.stringify(olderMarks)) last.text += restored
      else insertions.push({ anchor, olderOffset: partOlderOffset, text: restored, marks: { ...olderMarks } })
    }
    if (inOlder && item.countable) olderOffset += item.length
  }
  const neighbour = restoreAt ? standingNeighbour(text.doc!, restoreAt) : null
  if (neighbour) {
    // Beside the neighbour the comparison shows: in order, each piece after the one before it. Where that is where the
    // deleted characters themselves stand, right before them, so that the comparison pairs the text with them again.
    let place = neighbour
    for (const insertion of insertions) {
      const content = new Y.ContentString(insertion.text)
      const atAnchor = place.text === text && visibleIndexBefore(text, insertion.anchor) === placeIndex(place, context)
      const inserted = atAnchor ? insertBefore(text, insertion.anchor, content) : place.side === 'before' ? insertBefore(place.text, place.id, content) : insertAfter(place.text, place.id, content, context)
      setMarks(place.text, visibleOffsetOf(place.text, inserted), insertion.text.length, insertion.marks)
      if (place.side === 'after') place = { ...place, id: inserted.lastId }
    }
    return
  }
  if (isLive(text._item!)) {
    // Right before the deleted characters themselves: restored neighbours keep their order whatever was restored before.
    for (const insertion of insertions) {
      const inserted = insertBefore(text, insertion.anchor, new Y.ContentString(insertion.text))
      setMarks(text, visibleOffsetOf(text, inserted), insertion.text.length, insertion.marks)
    }
    return
  }
  const target = liveTextFor(text, context)
  if (!target) return
  for (const insertion of insertions.reverse()) insertText(target.text, Math.max(0, Math.min(target.map(insertion.olderOffset), target.text.length)), insertion.text, insertion.marks)
}

/**
 * Integrates new content into `parent` immediately before the (deleted) item with id `anchor`, where index-based
 * inserts cannot reach: they place new text after a run of deleted items, so a restored neighbour would land on
 * the wrong side of text restored earlier.
 */
function insertBefore(parent: Parent, anchor: Y.ID, content: Y.ContentString | Y.ContentType): Y.Item {
  const ydoc = parent.doc!
  let inserted: Y.Item | null = null
  Y.transact(ydoc, (transaction) => {
    const right = Y.getItemCleanStart(transaction, anchor)
    const left = right.left
    inserted = new Y.Item(Y.createID(ydoc.clientID, Y.getState(ydoc.store, ydoc.clientID)), left, left ? left.lastId : null, right, right.id, parent, null, content)
    inserted.integrate(transaction, 0)
  })
  return inserted!
}

/** The first character of `restoreAt` that still stands, with the side the text goes to. */
function standingNeighbour(ydoc: Y.Doc, restoreAt: NonNullable<ChangeEntry['restoreAt']>): { text: Y.XmlText; id: Y.ID; side: 'before' | 'after' } | null {
  const standing = ([client, clock]: readonly [number, number]) => {
    if (clock >= Y.getState(ydoc.store, client)) return null
    const item = Y.getItem(ydoc.store, Y.createID(client, clock))
    return item instanceof Y.Item && item.parent instanceof Y.XmlText && item.content instanceof Y.ContentString && isLive(item) ? item.parent : null
  }
  for (const side of ['before', 'after'] as const) {
    for (const position of restoreAt[side]) {
      const text = standing(position)
      if (text) return { text, id: Y.createID(position[0], position[1]), side }
    }
  }
  return null
}

/** The first block of `restoreAt` that still stands, with the side the block goes to. */
function standingSibling(ydoc: Y.Doc, restoreAt: NonNullable<ChangeEntry['restoreAt']>): { text: Parent; id: Y.ID; side: 'before' | 'after' } | null {
  for (const side of ['before', 'after'] as const) {
    for (const [client, clock] of restoreAt[side]) {
      if (clock >= Y.getState(ydoc.store, client)) continue
      const item = Y.getItem(ydoc.store, Y.createID(client, clock))
      const parent = item instanceof Y.Item ? parentOf(item) : null
      if (item instanceof Y.Item && parent && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement && isLive(item)) return { text: parent, id: item.id, side }
    }
  }
  return null
}

/** Visible characters of `text` before the character `id` (or before its item, if that is deleted); -1 if `text` has no such item. */
function visibleIndexBefore(text: Parent, id: Y.ID): number {
  let index = 0
  for (let item = text._start; item !== null; item = item.right) {
    if (item.id.client === id.client && item.id.clock <= id.clock && id.clock < item.id.clock + item.length) return index + (item.deleted ? 0 : id.clock - item.id.clock)
    if (!item.deleted && item.countable) index += item.length
  }
  return -1
}

/** The visible index where `insertBefore` or `insertAfter` puts text beside the neighbour. */
function placeIndex(place: { text: Parent; id: Y.ID; side: 'before' | 'after' }, context: RevertContext): number {
  const index = visibleIndexBefore(place.text, place.id)
  if (place.side === 'before' || index < 0) return index
  let item: Y.Item | null = Y.getItem(place.text.doc!.store, place.id) as Y.Item
  let after = index + 1
  const rest = item.id.clock + item.length - 1 - place.id.clock
  if (rest > 0 && !context.writtenHere(item)) return after
  after += rest
  for (item = item.right; item !== null && (item.deleted || context.writtenHere(item)); item = item.right) if (!item.deleted && item.countable) after += item.length
  return after
}

/**
 * Integrates new content into `parent` after the item with id `anchor` (see `insertBefore`) and after the text this
 * revert already put there: changes are taken back in document order, so earlier deleted neighbours stand first.
 */
function insertAfter(parent: Parent, anchor: Y.ID, content: Y.ContentString | Y.ContentType, context: RevertContext): Y.Item {
  const ydoc = parent.doc!
  let inserted: Y.Item | null = null
  Y.transact(ydoc, (transaction) => {
    let left = Y.getItemCleanEnd(transaction, ydoc.store, anchor)
    // Deleted items in between are invisible: passing them moves nothing the reader sees.
    for (let next = left.right; next !== null && (next.deleted || context.writtenHere(next)); next = next.right) if (!next.deleted) left = next
    const right = left.right
    inserted = new Y.Item(Y.createID(ydoc.clientID, Y.getState(ydoc.store, ydoc.clientID)), left, left.lastId, right, right ? right.id : null, parent, null, content)
    inserted.integrate(transaction, 0)
  })
  return inserted!
}

/** Characters of visible text before `item`. */
function visibleOffsetOf(text: Y.XmlText, item: Y.Item): number {
  let offset = 0
  for (let current = text._start; current !== null && current !== item; current = current.right) if (!current.deleted && current.countable) offset += current.length
  return offset
}

/** Gives the characters exactly `marks`: those in force there but not in `marks` are switched off. */
function setMarks(text: Y.XmlText, index: number, length: number, marks: Record<string, unknown>) {
  const attributes: Record<string, unknown> = { ...marks }
  for (const key of formattingKeysIn(text, index, index + length)) if (!(key in attributes)) attributes[key] = null
  if (Object.keys(attributes).length > 0) text.format(index, length, attributes)
}

/** Characters the older version had in the texts of the same block before `text`. */
function olderTextBefore(text: Y.XmlText, context: RevertContext): number {
  let length = 0
  for (let sibling = text._item!.left; sibling !== null; sibling = sibling.left) {
    if (!isVisibleIn(sibling, context.fromSnapshot) || !(sibling.content instanceof Y.ContentType) || !(sibling.content.type instanceof Y.XmlText)) continue
    for (let item = sibling.content.type._start; item !== null; item = item.right) if (item.countable && isVisibleIn(item, context.fromSnapshot)) length += item.length
  }
  return length
}

/**
 * Where text of a deleted `text` goes back: a live text of the same block, or of the block's live copy,
 * with offsets in the block's older text mapped onto it.
 */
function liveTextFor(text: Y.XmlText, context: RevertContext): { text: Y.XmlText; map: (olderOffset: number) => number } | null {
  if (isLive(text._item!)) return { text, map: (offset) => offset }
  const element = parentOf(text._item!)
  if (!(element instanceof Y.XmlElement)) return null
  const target = isLive(element._item!) ? element : liveCopyOf(element, context)
  if (!target) return null
  let live: Y.XmlText | null = null
  for (let item = target._start; item !== null && !live; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) live = item.content.type
  }
  if (!live) {
    live = new Y.XmlText()
    target.insert(0, [live])
  }
  const olderText = olderElementText(element, context)
  const liveText = plainText(live)
  return { text: live, map: (offset) => mapOffset(olderText, liveText, offset) }
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((part) => (typeof part.insert === 'string' ? part.insert : '')).join('')
}

function olderElementText(element: Y.XmlElement, context: RevertContext): string {
  const older = olderCounterpart(element._item!, context)
  if (!older) return ''
  let text = ''
  for (let item = older._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) text += plainText(item.content.type)
  }
  return text
}

/** An offset in `older` as an offset in `newer`, through their common beginning and end. */
function mapOffset(older: string, newer: string, offset: number): number {
  let prefix = 0
  while (prefix < older.length && prefix < newer.length && older[prefix] === newer[prefix]) prefix += 1
  let suffix = 0
  while (suffix < older.length - prefix && suffix < newer.length - prefix && older[older.length - 1 - suffix] === newer[newer.length - 1 - suffix]) suffix += 1
  if (offset <= prefix) return offset
  if (offset >= older.length - suffix) return newer.length - (older.length - offset)
  return prefix
}

function insertText(text: Y.XmlText, index: number, value: string, marks: Record<string, unknown>) {
  // Marks the place has now but the text had not are switched off for it.
  const attributes: Record<string, unknown> = { ...marks }
  for (const key of Object.keys(formattingAt(text, index))) if (!(key in attributes)) attributes[key] = null
  text.insert(index, value, attributes)
}

/** The formatting in force at `index` of the visible text. */
function formattingAt(text: Y.XmlText, index: number): Record<string, unknown> {
  const formatting: Record<string, unknown> = {}
  let offset = 0
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue
    if (item.content instanceof Y.ContentFormat) {
      if (item.content.value === null) delete formatting[item.content.key]
      else formatting[item.content.key] = item.content.value
      continue
    }
    if (!item.countable) continue
    if (offset + item.length > index) break
    offset += item.length
  }
  return formatting
}

/** The formatting keys in force anywhere on the visible characters `from` to `to`. */
function formattingKeysIn(text: Y.XmlText, from: number, to: number): Set<string> {
  const formatting = new Map<string, unknown>()
  const keys = new Set<string>()
  let offset = 0
  for (let item = text._start; item !== null && offset < to; item = item.right) {
    if (item.deleted) continue
    if (item.content instanceof Y.ContentFormat) {
      if (item.content.value === null) formatting.delete(item.content.key)
      else formatting.set(item.content.key, item.content.value)
      continue
    }
    if (!item.countable) continue
    if (offset + item.length > from) for (const key of formatting.keys()) keys.add(key)
    offset += item.length
  }
  return keys
}

/** Puts a deleted block back where it stood (where the comparison shows it, if `restoreAt` says), with its content in the older version. */
function restoreBlock(item: Y.Item, context: RevertContext, restoreAt?: ChangeEntry['restoreAt']) {
  const older = olderCounterpart(item, context)
  if (!older) return
  const id = blockIdOf(older)
  // Already back: put back with its parent by an earlier part of this decision.
  if (id && context.restored.has(id)) return
  putBack(item, readElementJson(older), context, restoreAt)
}

/**
 * Inserts a block with `json` as content at the place where the (deleted) `item` stood: among its live
 * siblings, or, where its parent was deleted too, in the parent's live copy or else in the parent put back.
 */
function putBack(item: Y.Item, json: ReturnType<typeof readElementJson>, context: RevertContext, restoreAt?: ChangeEntry['restoreAt']) {
  const parent = parentOf(item)
  const element = jsonToYXml(json)
  const id = typeof json.attrs?.['id'] === 'string' ? json.attrs['id'] : null
  const already = id && context.restored.has(id) ? context.liveBlocks().get(id) : undefined
  const neighbour = restoreAt ? standingSibling((item.parent as Y.AbstractType<unknown>).doc!, restoreAt) : null
  if (already && isLive(already._item!)) {
    // Put back already, inside an ancestor restored as it stood: this content (a moved block's edits) replaces it.
    const place = parentOf(already._item!) as Y.XmlFragment
    const index = liveIndexBefore(place, already._item!)
    place.delete(index, 1)
    place.insert(index, [element])
  } else if (neighbour) {
    // Beside the sibling the comparison shows; right before the deleted element itself where that is the same place.
    const content = new Y.ContentType(element)
    if (parent === neighbour.text && visibleIndexBefore(parent, item.id) === placeIndex(neighbour, context)) insertBefore(parent, item.id, content)
    else if (neighbour.side === 'before') insertBefore(neighbour.text, neighbour.id, content)
    else insertAfter(neighbour.text, neighbour.id, content, context)
  } else if (parent instanceof Y.XmlElement ? isLive(parent._item!) : parent instanceof Y.XmlFragment) {
    insertBefore(parent as Y.XmlFragment, item.id, new Y.ContentType(element))
  } else if (parent instanceof Y.XmlElement) {
    const copy = liveCopyOf(parent, context)
    if (copy) {
      copy.insert(indexAfterOlderSiblings(copy, item, context), [element])
    } else {
      // The parent is gone and has no copy: it comes back as it stood, this block included.
      restoreBlock(parent._item!, context)
      return
    }
  } else {
    return
  }
  registerBlocks(element, context)
}

/** The number of visible children before `item` in its own list. */
function liveIndexBefore(parent: Parent, item: Y.Item): number {
  let index = 0
  for (let current = parent._start; current !== null && current !== item; current = current.right) {
    if (!current.deleted && current.countable) index += current.length
  }
  return index
}

/** In the live copy of a parent (or the live parent): just after the last child that stood before `item` in the older version; `uniqueOnly` skips ids two live children carry. */
function indexAfterOlderSiblings(copy: Y.XmlFragment, item: Y.Item, context: RevertContext, uniqueOnly = false): number {
  const before = new Set<string>()
  for (let sibling = item.left; sibling !== null; sibling = sibling.left) {
    if (!isVisibleIn(sibling, context.fromSnapshot)) continue
    // A deleted element has no attributes left: its id is read where it stood.
    const older = olderCounterpart(sibling, context)
    const id = older ? blockIdOf(older) : null
    if (id) before.add(id)
  }
  const liveIds = new Map<string, number>()
  for (let child = copy._start; child !== null; child = child.right) {
    if (!child.deleted && child.content instanceof Y.ContentType && child.content.type instanceof Y.XmlElement) {
      const id = String(child.content.type.getAttribute('id'))
      liveIds.set(id, (liveIds.get(id) ?? 0) + 1)
    }
  }
  let index = 0
  let after = 0
  for (let child = copy._start; child !== null; child = child.right) {
    if (child.deleted || !child.countable) continue
    index += child.length
    if (!(child.content instanceof Y.ContentType && child.content.type instanceof Y.XmlElement)) continue
    const id = String(child.content.type.getAttribute('id'))
    // Two live blocks with one id (re-created by two sessions at once) say nothing about where the older one stood.
    if (before.has(id) && !(uniqueOnly && liveIds.get(id)! > 1)) after = index
  }
  return after
}

/** The live element with the same block id as the (deleted) `element`: its moved or restored copy. */
function liveCopyOf(element: Y.XmlElement, context: RevertContext): Y.XmlElement | null {
  const older = olderCounterpart(element._item!, context)
  const id = older ? blockIdOf(older) : null
  const copy = id ? context.liveBlocks().get(id) : undefined
  return copy && isLive(copy._item!) ? copy : null
}

/**
 * An element the binding kept but gave another block's id (a join that re-used it for the block that followed): the
 * block it held in the older version is deleted, though its element stands.
 */
function isRenamedBlock(item: Y.Item, context: RevertContext): boolean {
  if (item.deleted || !(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.XmlElement)) return false
  const older = olderCounterpart(item, context)
  const olderId = older ? blockIdOf(older) : null
  const id = blockIdOf(item.content.type)
  return olderId !== null && id !== null && olderId !== id
}

/** The same element in the older version (same item id), if it stood there. */
function olderCounterpart(item: Y.Item, context: RevertContext): Y.XmlElement | null {
  const older = context.olderDoc()
  if (item.id.clock >= Y.getState(older.store, item.id.client)) return null
  const struct = Y.getItem(older.store, item.id)
  if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType) || !(struct.content.type instanceof Y.XmlElement)) return null
  return struct.content.type
}

function blockIdOf(element: Y.XmlElement): string | null {
  const id = element.getAttribute('id')
  return typeof id === 'string' ? id : null
}

function indexBlocks(fragment: Y.XmlFragment): Map<string, Y.XmlElement> {
  const blocks = new Map<string, Y.XmlElement>()
  const visit = (parent: Y.XmlFragment) => {
    for (let item = parent._start; item !== null; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.XmlElement)) continue
      const element = item.content.type
      const id = blockIdOf(element)
      if (id && !blocks.has(id)) blocks.set(id, element)
      visit(element)
    }
  }
  visit(fragment)
  return blocks
}

function registerBlocks(element: Y.XmlElement, context: RevertContext) {
  const blocks = context.liveBlocks()
  const visit = (current: Y.XmlElement) => {
    const id = blockIdOf(current)
    if (id) {
      blocks.set(id, current)
      context.restored.add(id)
    }
    for (const child of current.toArray()) if (child instanceof Y.XmlElement) visit(child)
  }
  visit(element)
}

/**
 * For a change that names no items: ids that still spell them out (`ins:`/`del:` ranges, `attr:` element
 * and key, `move:` block id) are taken back by what they name.
 */
function revertByIdAlone(ydoc: Y.Doc, change: RevertibleChange, context: RevertContext) {
  const named = change.kind === 'insertion' || change.kind === 'deletion' ? legacyDecidedItems(change.id) : null
  if (named) {
    revertChange(ydoc, { ...change, kind: named.kind, ranges: named.ranges }, context)
    return
  }
  const attribute = /^attr:(\d+)\.(\d+):(.+)$/.exec(change.id)
  if (attribute) {
    const client = Number(attribute[1])
    const clock = Number(attribute[2])
    if (clock >= Y.getState(ydoc.store, client)) return
    const item = Y.getItem(ydoc.store, Y.createID(client, clock))
    if (item instanceof Y.Item && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) revertAttributeOf(item.content.type, attribute[3]!, context)
    return
  }
  const move = /^move:(.+)$/.exec(change.id)
  if (!move) throw new UnknownChangeError(change.id)
  const live = context.liveBlocks().get(move[1]!)
  const older = indexBlocks(context.olderDoc().getXmlFragment(CONTENT_FRAGMENT)).get(move[1]!)
  const ranges: ItemRange[] = [live, older].flatMap((element) => (element?._item ? [[element._item.id.client, element._item.id.clock, 1] as ItemRange] : []))
  revertPlacement(ydoc, ranges, context)
}

/** Sets an attribute back to its value in the older version; `entry` is the map entry of the newer value. */
function revertAttribute(entry: Y.Item, context: RevertContext) {
  const element = parentOf(entry)
  const key = entry.parentSub
  if (element instanceof Y.XmlElement && key !== null) revertAttributeOf(element, key, context)
}

function revertAttributeOf(element: Y.XmlElement, key: string, context: RevertContext) {
  if (!isLive(element._item!)) return
  // Read in the older version itself: a snapshot read of a map entry merged with a later one of its client sees the
  // later one's deletion. A value of the wrong type, stored by an older version, is not brought back.
  // A block the binding re-created (a reordered Maßnahme) is the older block with its id.
  const id = blockIdOf(element)
  const older = olderCounterpart(element._item!, context) ?? (id ? (indexBlocks(context.olderDoc().getXmlFragment(CONTENT_FRAGMENT)).get(id) ?? null) : null)
  const previous = older ? sanitizeAttributes(older.nodeName, older.getAttributes()).valid[key] : undefined
  if (previous === undefined || previous === null) element.removeAttribute(key)
  else element.setAttribute(key, previous as string)
}

/** A moved or reordered block goes back to where it stood, keeping what was edited in it since. */
function revertPlacement(ydoc: Y.Doc, ranges: readonly ItemRange[], context: RevertContext) {
  const elements = slicesOf(ydoc, ranges).filter(({ item }) => item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement)
  const current = elements.find(({ item }) => isLive(item))?.item
  const former = elements.find(({ item }) => item.deleted && isVisibleIn(item, context.fromSnapshot))?.item
  if (!former) return
  if (!current) {
    restoreBlock(former, context)
    return
  }
  const json = readElementJson((current.content as Y.ContentType).type as Y.XmlElement)
  const parent = parentOf(current)
  if (!parent) return
  deleteFrom(parent, liveIndexBefore(parent, current), 1)
  const formerParent = parentOf(former)
  // Siblings the binding re-created stand elsewhere in Yjs order than they read: the block goes after those that stood before it.
  const afterOlderSiblings = formerParent instanceof Y.XmlFragment && (!(formerParent instanceof Y.XmlElement) || isLive(formerParent._item!)) ? indexAfterOlderSiblings(formerParent, former, context, true) : -1
  if (formerParent instanceof Y.XmlFragment && afterOlderSiblings > liveIndexBefore(formerParent, former)) {
    const element = jsonToYXml(json)
    formerParent.insert(afterOlderSiblings, [element])
    registerBlocks(element, context)
    return
  }
  putBack(former, json, context)
}

/** Sets a mark back on the characters: removes one that was added, puts back one that was removed. */
function revertFormat(slices: readonly ItemSlice[], format: NonNullable<RevertibleChange['format']>) {
  for (const [parent, group] of groupByParent(slices)) {
    if (!(parent instanceof Y.XmlText)) continue
    for (const segment of visibleSegments(parent, group)) {
      if (format.change === 'removed') {
        parent.format(segment.index, segment.length, { [format.mark]: format.value ?? {} })
        continue
      }
      // Whichever key carries the mark goes: the binding names marks that may overlap `<mark>--<hash>`.
      const mark = markNameOfFormat(format.mark)
      const keys = new Set([format.mark, ...[...formattingKeysIn(parent, segment.index, segment.index + segment.length)].filter((key) => markNameOfFormat(key) === mark)])
      parent.format(segment.index, segment.length, Object.fromEntries([...keys].map((key) => [key, null])))
    }
  }
}

