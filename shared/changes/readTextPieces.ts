import * as Y from 'yjs'
import { markForFormat } from '../schema/validation/markForFormat'

/** Marks by formatting key, as in one version; objects are shared between pieces and never changed. */
export type Marks = Readonly<Record<string, unknown>>
/** For each formatting key, the formatting item in effect in one version. */
export type FormatItems = ReadonlyMap<string, Y.Item>

/** A stretch of one item with one visibility in each version (and one recorded author). */
export interface TextPiece {
  item: Y.Item
  /** Where the piece starts within its item. */
  offset: number
  /** The id of the piece's first unit. */
  client: number
  clock: number
  length: number
  /** The characters; a line break for an inline node. */
  text: string
  older: boolean
  newer: boolean
  olderMarks: Marks
  newerMarks: Marks
  olderFormats: FormatItems
  newerFormats: FormatItems
}

export interface TextReadContext {
  from: Y.Snapshot
  to: Y.Snapshot
  skippedItems: ReadonlySet<Y.Item>
  /** Clocks of a client where a piece must end: snapshot and attribution boundaries. */
  splitPoints(client: number): readonly number[]
  visibleIn(client: number, clock: number, snapshot: Y.Snapshot): boolean
}

const noMarks: Marks = Object.freeze({})
const noFormats: FormatItems = new Map()

/**
 * The inline content of a textblock element in Yjs order, in pieces that each stand in the older version,
 * the newer one or both; consecutive items of one client are split wherever a snapshot or the attribution
 * log draws a line, so no piece mixes statuses or authors.
 */
export function readTextPieces(element: Y.XmlElement, context: TextReadContext): TextPiece[] {
  const pieces: TextPiece[] = []
  for (let item = element._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType) || context.skippedItems.has(item)) continue
    const type = item.content.type
    if (type instanceof Y.XmlText) readText(type, context, pieces)
    else if (type instanceof Y.XmlElement) addPieces(item, '\n', noMarks, noMarks, noFormats, noFormats, context, pieces)
  }
  return pieces
}

function readText(text: Y.XmlText, context: TextReadContext, pieces: TextPiece[]) {
  let olderMarks = noMarks
  let newerMarks = noMarks
  let olderFormats = noFormats
  let newerFormats = noFormats
  for (let item = text._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentFormat) {
      const { key, value } = item.content
      // A mark the schema does not allow is no formatting at all: it ends whatever stood under its key.
      const allowedValue = markForFormat(key, value) ? value : null
      if (context.visibleIn(item.id.client, item.id.clock, context.from)) {
        olderMarks = withMark(olderMarks, key, allowedValue)
        olderFormats = new Map(olderFormats).set(key, item)
      }
      if (context.visibleIn(item.id.client, item.id.clock, context.to)) {
        newerMarks = withMark(newerMarks, key, allowedValue)
        newerFormats = new Map(newerFormats).set(key, item)
      }
      continue
    }
    if (item.content instanceof Y.ContentString) addPieces(item, item.content.str, olderMarks, newerMarks, olderFormats, newerFormats, context, pieces)
  }
}

function addPieces(item: Y.Item, text: string, olderMarks: Marks, newerMarks: Marks, olderFormats: FormatItems, newerFormats: FormatItems, context: TextReadContext, pieces: TextPiece[]) {
  const { client, clock } = item.id
  const points = context.splitPoints(client)
  let start = 0
  let index = firstAbove(points, clock)
  while (start < item.length) {
    const next = index < points.length && points[index]! < clock + item.length ? points[index]! - clock : item.length
    index += 1
    if (next <= start) continue
    const older = context.visibleIn(client, clock + start, context.from)
    const newer = context.visibleIn(client, clock + start, context.to)
    if (older || newer) pieces.push({ item, offset: start, client, clock: clock + start, length: next - start, text: text.slice(start, next), older, newer, olderMarks, newerMarks, olderFormats, newerFormats })
    start = next
  }
}

/** Index of the first point greater than `clock`. */
function firstAbove(points: readonly number[], clock: number): number {
  let low = 0
  let high = points.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (points[middle]! <= clock) low = middle + 1
    else high = middle
  }
  return low
}

function withMark(marks: Marks, key: string, value: unknown): Marks {
  if (value === null || value === undefined) {
    if (!(key in marks)) return marks
    const next = { ...marks }
    delete next[key]
    return next
  }
  return { ...marks, [key]: value }
}
