import type * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { markNameOfFormat } from '../schema/validation/getConceptSchemaRules'
import type { ChangeAuthors } from './ChangeAuthors'
import { formatChangeId, runChangeId } from './changeIds'
import type { ChangeAuthor, ChangeRun, ChangeStatus, FormatChange } from './ChangeModel'
import { matchSequences } from './matchSequences'
import { readTextPieces, type FormatItems, type Marks, type TextPiece, type TextReadContext } from './readTextPieces'

export interface TextRunContext extends TextReadContext {
  authors: ChangeAuthors
  /** The original of a unit through the copies the editor binding made, as `client:clock`. */
  identityOf(client: number, clock: number): string
  /** Index of the decision group a unit belongs to (runs never mix groups), or -1. */
  groupOf(client: number, clock: number): number
}

/** A stretch of merged text with one status; `older` holds the older version's piece for text matched by content. */
interface Slice {
  status: ChangeStatus
  piece: TextPiece
  offset: number
  length: number
  older: TextPiece | null
  olderOffset: number
}

interface PendingRun {
  run: ChangeRun
  ranges: ItemRange[]
  first: [number, number]
  last: [number, number]
  authorKey: string
  group: number
  marksKey: string
  olderMarksKey: string
  newerFormats: FormatItems | null
  olderFormats: FormatItems | null
}

/**
 * The runs of a textblock between two versions. `older` and `newer` are the block's element in each
 * version (the same element, or two elements holding the same block after the binding re-created it, or
 * one of them missing). Each character gets exactly one status and one author; text that stands in both
 * versions as different items (re-created or restored) is matched by content and is unchanged.
 */
export function buildTextRuns(older: Y.XmlElement | null, newer: Y.XmlElement | null, blockId: string | null, context: TextRunContext, withChangeIds: boolean): ChangeRun[] {
  const slices = matchRestoredText(mergedSlices(older, newer, context), context, older !== null && older === newer)
  const runs: PendingRun[] = []
  for (const slice of slices) addSlice(runs, slice, blockId, context)
  return runs.map((pending) => finishRun(pending, withChangeIds, blockId, context.authors))
}

function mergedSlices(older: Y.XmlElement | null, newer: Y.XmlElement | null, context: TextReadContext): Slice[] {
  const slice = (piece: TextPiece, status: ChangeStatus): Slice => ({ status, piece, offset: 0, length: piece.length, older: null, olderOffset: 0 })
  if (older && older === newer) {
    const slices: Slice[] = []
    for (const piece of readTextPieces(older, context)) slices.push(slice(piece, piece.older && piece.newer ? 'unchanged' : piece.newer ? 'inserted' : 'deleted'))
    return slices
  }
  const olderSlices = older ? readTextPieces(older, context).filter((piece) => piece.older).map((piece) => slice(piece, 'deleted')) : []
  const newerSlices = newer ? readTextPieces(newer, context).filter((piece) => piece.newer).map((piece) => slice(piece, 'inserted')) : []
  return [...olderSlices, ...newerSlices]
}

/**
 * Within each stretch of deleted and inserted text, the characters both versions have become unchanged:
 * copies the binding made of them (matched by identity) and text written anew exactly as it was deleted
 * (a rejected deletion, matched by content).
 */
function matchRestoredText(slices: Slice[], context: TextRunContext, inPlace: boolean): Slice[] {
  const result: Slice[] = []
  let index = 0
  while (index < slices.length) {
    if (slices[index]!.status === 'unchanged') {
      result.push(slices[index]!)
      index += 1
      continue
    }
    let end = index
    while (end < slices.length && slices[end]!.status !== 'unchanged') end += 1
    result.push(...matchRegion(slices.slice(index, end), context, inPlace))
    index = end
  }
  return result
}

/**
 * `inPlace`: the region is one element's text in Yjs order, where a rejection puts deleted text back. Of
 * two equally long pairings of text written anew (from its start or from its end), the one that pairs each
 * deleted character with text standing next to it wins, so that a rejection restores it where it stood.
 */
function matchRegion(region: Slice[], context: TextRunContext, inPlace: boolean): Slice[] {
  const deleted = region.filter((slice) => slice.status === 'deleted')
  const inserted = region.filter((slice) => slice.status === 'inserted')
  if (deleted.length === 0 || inserted.length === 0) return region
  const positions = new Map<Slice, number>()
  let position = 0
  for (const slice of region) {
    positions.set(slice, position)
    position += slice.length
  }
  const olderUnits = units(deleted, positions)
  const newerUnits = units(inserted, positions)
  const identity = (unit: Unit) => context.identityOf(unit.piece.client, unit.piece.clock + unit.offset)
  const identical = matchSequences(olderUnits.map(identity), newerUnits.map(identity))
  const candidates = ([false, true] as const).map((endFirst) => {
    const found: [number, number][] = []
    let olderGap = 0
    let newerGap = 0
    for (const pair of [...identical, [olderUnits.length, newerUnits.length] as [number, number]]) {
      found.push(...sameTextAtSamePlace(olderUnits, newerUnits, olderGap, pair[0], newerGap, pair[1], endFirst))
      if (pair[0] < olderUnits.length) found.push(pair)
      olderGap = pair[0] + 1
      newerGap = pair[1] + 1
    }
    return { found, misplaced: inPlace ? misplacedPairs(found, olderUnits, newerUnits) : 0 }
  })
  const [startFirst, endFirst] = candidates as [(typeof candidates)[number], (typeof candidates)[number]]
  const better = endFirst.found.length > startFirst.found.length || (endFirst.found.length === startFirst.found.length && endFirst.misplaced < startFirst.misplaced)
  const pairs = better ? endFirst.found : startFirst.found
  if (pairs.length === 0) return region
  const result: Slice[] = []
  const push = (slice: Slice) => {
    const last = result.at(-1)
    if (last && last.status === slice.status && last.piece === slice.piece && last.offset + last.length === slice.offset && last.older === slice.older && (last.older === null || last.olderOffset + last.length === slice.olderOffset)) last.length += slice.length
    else result.push(slice)
  }
  let olderIndex = 0
  let newerIndex = 0
  for (const [olderMatch, newerMatch] of [...pairs, [olderUnits.length, newerUnits.length] as [number, number]]) {
    for (; olderIndex < olderMatch; olderIndex += 1) push({ status: 'deleted', piece: olderUnits[olderIndex]!.piece, offset: olderUnits[olderIndex]!.offset, length: 1, older: null, olderOffset: 0 })
    for (; newerIndex < newerMatch; newerIndex += 1) push({ status: 'inserted', piece: newerUnits[newerIndex]!.piece, offset: newerUnits[newerIndex]!.offset, length: 1, older: null, olderOffset: 0 })
    if (olderMatch < olderUnits.length) {
      const olderUnit = olderUnits[olderMatch]!
      const newerUnit = newerUnits[newerMatch]!
      push({ status: 'unchanged', piece: newerUnit.piece, offset: newerUnit.offset, length: 1, older: olderUnit.piece, olderOffset: olderUnit.offset })
      olderIndex += 1
      newerIndex += 1
    }
  }
  return result
}

/**
 * Between copies, text written anew exactly as it stood (a rejected deletion, restored) is the same text:
 * the common start and the common end of what was deleted and what was inserted there.
 */
function sameTextAtSamePlace(older: readonly Unit[], newer: readonly Unit[], olderStart: number, olderEnd: number, newerStart: number, newerEnd: number, endFirst: boolean): [number, number][] {
  const commonStart = (olderLimit: number, newerLimit: number) => {
    let length = 0
    while (olderStart + length < olderLimit && newerStart + length < newerLimit && older[olderStart + length]!.text === newer[newerStart + length]!.text) length += 1
    return length
  }
  const commonEnd = (olderLimit: number, newerLimit: number) => {
    let length = 0
    while (olderEnd - length - 1 >= olderLimit && newerEnd - length - 1 >= newerLimit && older[olderEnd - length - 1]!.text === newer[newerEnd - length - 1]!.text) length += 1
    return length
  }
  const suffixFirst = endFirst ? commonEnd(olderStart, newerStart) : 0
  const prefix = commonStart(olderEnd - suffixFirst, newerEnd - suffixFirst)
  const suffix = endFirst ? suffixFirst : commonEnd(olderStart + prefix, newerStart + prefix)
  const pairs: [number, number][] = []
  for (let offset = 0; offset < prefix; offset += 1) pairs.push([olderStart + offset, newerStart + offset])
  for (let offset = suffix; offset > 0; offset -= 1) pairs.push([olderEnd - offset, newerEnd - offset])
  return pairs
}

/** How many pairs have an unpaired deleted character standing between their two characters. */
function misplacedPairs(pairs: readonly [number, number][], older: readonly Unit[], newer: readonly Unit[]): number {
  const paired = new Set(pairs.map(([olderIndex]) => olderIndex))
  const unpaired = older.filter((_, index) => !paired.has(index)).map((unit) => unit.position)
  return pairs.filter(([olderIndex, newerIndex]) => {
    const low = Math.min(older[olderIndex]!.position, newer[newerIndex]!.position)
    const high = Math.max(older[olderIndex]!.position, newer[newerIndex]!.position)
    const first = firstAbove(unpaired, low)
    return first < unpaired.length && unpaired[first]! < high
  }).length
}

/** Index of the first value greater than `value` in an ascending list. */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}

interface Unit {
  piece: TextPiece
  offset: number
  text: string
  /** Where the unit stands in its region, counted in units. */
  position: number
}

function units(slices: readonly Slice[], positions: ReadonlyMap<Slice, number>): Unit[] {
  const list: Unit[] = []
  for (const slice of slices) {
    for (let offset = slice.offset; offset < slice.offset + slice.length; offset += 1) list.push({ piece: slice.piece, offset, text: slice.piece.text[offset]!, position: positions.get(slice)! + offset - slice.offset })
  }
  return list
}

/** Adds a slice character by character where authors may change within it, else at once. */
function addSlice(runs: PendingRun[], slice: Slice, blockId: string | null, context: TextRunContext) {
  const { client, clock } = slice.piece
  if (slice.status === 'unchanged') {
    addUnits(runs, slice, slice.offset, slice.length, null, context)
    return
  }
  let start = slice.offset
  let author = authorOf(slice, start, blockId, context)
  for (let offset = slice.offset + 1; offset < slice.offset + slice.length; offset += 1) {
    const next = authorOf(slice, offset, blockId, context)
    if ((next?.userId ?? null) === (author?.userId ?? null) && context.groupOf(client, clock + offset) === context.groupOf(client, clock + start)) continue
    addUnits(runs, slice, start, offset - start, author, context)
    start = offset
    author = next
  }
  addUnits(runs, slice, start, slice.offset + slice.length - start, author, context)
}

function authorOf(slice: Slice, offset: number, blockId: string | null, context: TextRunContext): ChangeAuthor | null {
  const { client, clock } = slice.piece
  return slice.status === 'inserted' ? context.authors.inserted(client, clock + offset, blockId) : context.authors.deleted(client, clock + offset, blockId)
}

function addUnits(runs: PendingRun[], slice: Slice, offset: number, length: number, author: ChangeAuthor | null, context: TextRunContext) {
  if (length <= 0) return
  const { piece, status } = slice
  const olderPiece = slice.older ?? piece
  const { client } = piece
  const clock = piece.clock + offset
  const marks = status === 'deleted' ? piece.olderMarks : piece.newerMarks
  const olderMarks = status === 'unchanged' ? olderPiece.olderMarks : marks
  const marksKey = JSON.stringify(marks)
  const olderMarksKey = olderMarks === marks ? marksKey : JSON.stringify(olderMarks)
  const formatsDiffer = status === 'unchanged' && olderMarksKey !== marksKey
  const authorKey = status === 'unchanged' ? '' : (author?.userId ?? '')
  const group = context.groupOf(client, clock)
  const text = piece.text.slice(offset, offset + length)
  const last = runs.at(-1)
  if (
    last &&
    last.run.status === status &&
    last.authorKey === authorKey &&
    last.group === group &&
    last.marksKey === marksKey &&
    last.olderMarksKey === olderMarksKey &&
    (!formatsDiffer || (last.newerFormats === piece.newerFormats && last.olderFormats === olderPiece.olderFormats))
  ) {
    last.run.text += text
    appendRange(last.ranges, client, clock, length)
    last.last = [client, clock + length - 1]
    return
  }
  const run: ChangeRun = { text, status, marks: { ...marks } }
  if (status !== 'unchanged') run.author = author
  if (formatsDiffer) run.olderMarks = { ...olderMarks }
  runs.push({
    run,
    ranges: [[client, clock, length]],
    first: [client, clock],
    last: [client, clock + length - 1],
    authorKey,
    group,
    marksKey,
    olderMarksKey,
    newerFormats: formatsDiffer ? piece.newerFormats : null,
    olderFormats: formatsDiffer ? olderPiece.olderFormats : null,
  })
}

function appendRange(ranges: ItemRange[], client: number, clock: number, length: number) {
  const last = ranges.at(-1)
  if (last && last[0] === client && last[1] + last[2] === clock) last[2] += length
  else ranges.push([client, clock, length])
}

function finishRun(pending: PendingRun, withChangeIds: boolean, blockId: string | null, authors: ChangeAuthors): ChangeRun {
  const { run } = pending
  run.ranges = pending.ranges
  if (run.status !== 'unchanged' && withChangeIds) run.changeId = runChangeId(run.status, pending.first, pending.last)
  if (run.olderMarks) run.formatChanges = formatChanges(run.olderMarks, run.marks, pending, blockId, authors)
  return run
}

function formatChanges(olderMarks: Marks, newerMarks: Marks, pending: PendingRun, blockId: string | null, authors: ChangeAuthors): FormatChange[] {
  const changes: FormatChange[] = []
  for (const key of new Set([...Object.keys(olderMarks), ...Object.keys(newerMarks)])) {
    const before = olderMarks[key]
    const after = newerMarks[key]
    if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) continue
    const author = formatAuthor(key, pending, blockId, authors)
    const mark = markNameOfFormat(key)
    if (before !== undefined) changes.push({ changeId: formatChangeId(mark, 'removed', pending.first, pending.last), mark, change: 'removed', value: before, author, ranges: pending.ranges })
    if (after !== undefined) changes.push({ changeId: formatChangeId(mark, 'added', pending.first, pending.last), mark, change: 'added', value: after, author, ranges: pending.ranges })
  }
  return changes
}

function formatAuthor(key: string, pending: PendingRun, blockId: string | null, authors: ChangeAuthors): ChangeAuthor | null {
  const [client, clock] = pending.first
  const toggler = authors.formatted(client, clock, key)
  if (toggler) return toggler
  const newer = pending.newerFormats?.get(key)
  const older = pending.olderFormats?.get(key)
  // A mark whose formatting was deleted was removed by the deletion; one that new formatting overrides, by that.
  if (older && older !== newer && authors.removedInNewer(older)) return authors.deleted(older.id.client, older.id.clock, blockId)
  if (newer && newer !== older) return authors.inserted(newer.id.client, newer.id.clock, blockId)
  return older ? authors.deleted(older.id.client, older.id.clock, blockId) : null
}
