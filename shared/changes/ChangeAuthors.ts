import * as Y from 'yjs'
import type { AttributionIndex, RecordedEvent } from './AttributionIndex'
import type { ChangeAuthor } from './ChangeModel'
import type { CopyIndex } from './CopyIndex'
import { ItemReader, type AttributeUnit } from './ItemReader'

/** Longest copy chain followed; the binding never copies a character anywhere near this often. */
const maxChain = 10_000
// Following copies recursively: a copy chain can loop (the binding copies back and forth), and a deep chain must not exhaust the stack.
const maxRecursion = 1_000

/**
 * Who made a change, from the server's attribution log. A character is new in a block through whoever
 * put it there last: typed it, or gave its block the id (a split or join the binding wrote by renaming an
 * element). It left a block through whoever took it out first: deleted it, or renamed its element. Copies
 * the editor binding made of existing text (re-creating an element) keep the history of the original.
 */
export class ChangeAuthors {
  constructor(
    private readonly attributions: AttributionIndex,
    private readonly copies: CopyIndex,
    private readonly reader: ItemReader,
    private readonly from: Y.Snapshot,
    private readonly to: Y.Snapshot,
  ) {}

  /** Who put the unit client:clock (a character, mark or inline node), new in the newer version, into block `blockId`. */
  inserted(client: number, clock: number, blockId: string | null = null): ChangeAuthor | null {
    return this.entered(client, clock, blockId, new Set())?.author ?? null
  }

  /** Who took the unit client:clock, which the older version has in block `blockId`, out of it. */
  deleted(client: number, clock: number, blockId: string | null = null): ChangeAuthor | null {
    return this.left(client, clock, blockId, new Set())?.author ?? null
  }

  /**
   * Who gave the attribute `key` of `element` its value in the newer version (or removed it). `counterpart`
   * is the block's element in the older version: where the binding re-created the block in an update that
   * found the old element already deleted (an offline session reordering a Maßnahme another one deleted),
   * no copy is recorded, and the re-created element carries over the values the counterpart last had.
   */
  attribute(element: Y.XmlElement, key: string, counterpart: Y.XmlElement | null = null): ChangeAuthor | null {
    const unit = this.attributeEntry(element, key)
    if (unit === null) return null
    if (Y.isDeleted(this.to.ds, Y.createID(unit.client, unit.clock)) && !Y.isDeleted(this.to.ds, element._item!.id)) return this.attributions.deletedBy(unit.client, unit.clock)
    return this.setter(element, unit, key, new Set(), counterpart)
  }

  private setter(element: Y.XmlElement, newest: AttributeUnit, key: string, seen: Set<Y.XmlElement>, counterpart: Y.XmlElement | null = null): ChangeAuthor | null {
    seen.add(element)
    const history = this.reader.attributeHistory(element, key)
    let index = history.findIndex((unit) => unit.client === newest.client && unit.clock === newest.clock)
    // Setting the value an attribute already has changes nothing: the first of equal values set it.
    while (index > 0 && JSON.stringify(history[index - 1]!.value) === JSON.stringify(history[index]!.value)) index -= 1
    const unit = index >= 0 ? history[index]! : newest
    const source = element._item && seen.size < maxRecursion ? this.copies.elementSourceOf(element._item) : undefined
    const sourceElement = source ? ItemReader.elementOf(source) : counterpart !== element ? counterpart : null
    // A re-created element carries its attributes over: whoever set the value on the original set it.
    if (sourceElement && !seen.has(sourceElement) && this.createdWith(unit, element)) {
      const sourceUnit = this.reader.latestAttributeUnit(sourceElement, key)
      if (sourceUnit && JSON.stringify(sourceUnit.value) === JSON.stringify(unit.value)) return this.setter(sourceElement, sourceUnit, key, seen)
    }
    return this.attributions.insertedBy(unit.client, unit.clock)
  }

  /** The value of attribute `key` in the newer version (or the older one it removed), with its id, as ranges for decisions. */
  attributeEntry(element: Y.XmlElement, key: string): AttributeUnit | null {
    return this.reader.attributeUnitAt(element, key, this.to)
  }

  /**
   * Who last changed the formatting `key` on the character client:clock between the versions: the update
   * after which the character had its newer value and before which it had not. Formatting restated by
   * someone who formatted the text next to it (Yjs ends a format range with a format item) changes nothing.
   */
  formatted(client: number, clock: number, key: string): ChangeAuthor | null {
    // The character and the originals it copies, oldest first: until a copy was made, the original's formatting was the character's.
    const chain: [number, number][] = [[client, clock]]
    for (let source = this.copies.sourceOf(client, clock); source !== undefined && chain.length < maxChain; source = this.copies.sourceOf(...chain[0]!)) chain.unshift(split(source))
    const segments: { since: number; formats: Y.Item[] }[] = []
    const events: { order: number; author: ChangeAuthor | null }[] = []
    chain.forEach(([unitClient, unitClock], index) => {
      const character = this.reader.itemAt(unitClient, unitClock)
      if (!character) return
      const copied = index > 0 ? this.attributions.insertion(unitClient, unitClock) : null
      if (copied && this.insertedBetween(unitClient, unitClock)) events.push(copied)
      const formats: Y.Item[] = []
      for (let item = character.left; item !== null; item = item.left) if (item.content instanceof Y.ContentFormat && item.content.key === key) formats.push(item)
      segments.push({ since: index === 0 ? -Infinity : (copied?.order ?? -Infinity), formats })
    })
    if (segments.length === 0) return null
    // Formatting the binding copied with re-created text stands since its original was written.
    const insertionOf = (format: Y.Item) => {
      let { client: formatClient, clock: formatClock } = format.id
      for (let step = 0; step < maxChain; step += 1) {
        const source = this.copies.sourceOf(formatClient, formatClock)
        if (source === undefined) break
        ;[formatClient, formatClock] = split(source)
      }
      return { event: this.attributions.insertion(formatClient, formatClock), client: formatClient, clock: formatClock }
    }
    for (const format of segments.flatMap((segment) => segment.formats)) {
      const { event: inserted, client: formatClient, clock: formatClock } = insertionOf(format)
      if (inserted && this.insertedBetween(formatClient, formatClock)) events.push(inserted)
      const deleted = this.attributions.deletion(formatClient, formatClock)
      if (deleted && Y.isDeleted(this.to.ds, format.id) && !Y.isDeleted(this.from.ds, format.id)) events.push(deleted)
    }
    events.sort((a, b) => a.order - b.order)
    // The value at a point of the log: in the text the character stood in then, the nearest format item to the left that was there then.
    const valueAt = (order: number) => {
      const segment = segments.findLast((candidate) => candidate.since <= order) ?? segments[0]!
      for (const format of segment.formats) {
        const inserted = insertionOf(format).event?.order ?? -1
        const deleted = this.attributions.deletion(format.id.client, format.id.clock)?.order ?? Infinity
        if (inserted <= order && order < deleted) return JSON.stringify((format.content as Y.ContentFormat).value ?? null)
      }
      return 'null'
    }
    let author: ChangeAuthor | null = null
    let previous = events.length > 0 ? valueAt(events[0]!.order - 1) : 'null'
    for (const event of events) {
      const value = valueAt(event.order)
      if (value !== previous) author = event.author
      previous = value
    }
    return author
  }

  private insertedBetween(client: number, clock: number): boolean {
    return clock < (this.to.sv.get(client) ?? 0) && clock >= (this.from.sv.get(client) ?? 0)
  }

  /** True if the item stood in the older version and is deleted in the newer one. */
  removedInNewer(item: Y.Item): boolean {
    return this.visible(item.id.client, item.id.clock, this.from) && !this.visible(item.id.client, item.id.clock, this.to)
  }

  private entered(client: number, clock: number, blockId: string | null, seen: Set<string>): RecordedEvent | null {
    seen.add(`${client}:${clock}`)
    const copied = this.attributions.insertion(client, clock)
    let own = copied
    const candidate = seen.size < maxRecursion ? this.copies.sourceOf(client, clock) : undefined
    const source = candidate !== undefined && !seen.has(candidate) ? candidate : undefined
    let renamed = this.renamedInto(client, clock, blockId)
    if (source !== undefined) {
      const [sourceClient, sourceClock] = split(source)
      // A copy of text the older version had is new here through whoever copied it, unless the original had already entered the block by a rename (a split at its start).
      if (!this.visible(sourceClient, sourceClock, this.from)) own = this.entered(sourceClient, sourceClock, blockId, seen) ?? own
      else own = this.renamedInto(sourceClient, sourceClock, blockId) ?? own
      // The binding copies text only within one block id: the copy's element taking the id until the copy was made re-created the block, it did not move the text.
      if (renamed && copied && renamed.order <= copied.order) renamed = null
    }
    return later(own, renamed)
  }

  private left(client: number, clock: number, blockId: string | null, seen: Set<string>): RecordedEvent | null {
    seen.add(`${client}:${clock}`)
    const renamed = this.renamedAway(client, clock, blockId)
    if (this.visible(client, clock, this.to)) return renamed
    let removed = this.deletion(client, clock)
    const candidate = seen.size < maxRecursion ? this.copies.copyOf(client, clock) : undefined
    const copy = candidate !== undefined && !seen.has(candidate) ? candidate : undefined
    if (copy !== undefined) {
      const [copyClient, copyClock] = split(copy)
      // Re-created and still there, the character did not leave through this deletion.
      removed = this.visible(copyClient, copyClock, this.to) ? this.renamedAway(copyClient, copyClock, blockId) : (this.left(copyClient, copyClock, blockId, seen) ?? removed)
    }
    return earlier(removed, renamed) ?? this.deletion(client, clock)
  }

  /**
   * The update that deleted the unit. The server records only what an update itself deletes: a unit
   * deleted because a concurrent update deleted the block around it was deleted by that update.
   */
  private deletion(client: number, clock: number): RecordedEvent | null {
    const own = this.attributions.deletion(client, clock)
    if (own) return own
    let parent = this.reader.itemAt(client, clock)?.parent
    for (let depth = 0; depth < maxChain && parent instanceof Y.AbstractType && parent._item; depth += 1) {
      const { id } = parent._item
      const found = this.attributions.deletion(id.client, id.clock)
      if (found) return found
      parent = parent._item.parent
    }
    return null
  }

  /** When the element holding the unit got the id `blockId` (null if it had it from the start or never). */
  private renamedInto(client: number, clock: number, blockId: string | null): RecordedEvent | null {
    const history = this.idHistory(client, clock)
    if (!history || blockId === null) return null
    const index = history.findIndex((step) => step.value === blockId)
    if (index <= 0) return null
    return this.attributions.insertion(history[index]!.client, history[index]!.clock)
  }

  /** When the element holding the unit stopped carrying the id `blockId`, or null. */
  private renamedAway(client: number, clock: number, blockId: string | null): RecordedEvent | null {
    const history = this.idHistory(client, clock)
    if (!history || blockId === null) return null
    let last = -1
    history.forEach((step, index) => {
      if (step.value === blockId) last = index
    })
    if (last < 0) return null
    const next = history[last + 1]
    if (next) return this.attributions.insertion(next.client, next.clock)
    const { entry, client: entryClient, clock: entryClock } = history[last]!
    return Y.isDeleted(this.to.ds, Y.createID(entryClient, entryClock)) && !(entry.parent as Y.AbstractType<unknown>)._item?.deleted ? this.attributions.deletion(entryClient, entryClock) : null
  }

  private idHistory(client: number, clock: number) {
    const item = this.reader.itemAt(client, clock)
    const textblock = item ? this.reader.textblockOf(item) : null
    return textblock ? this.reader.attributeHistory(textblock, 'id') : null
  }

  private createdWith(unit: AttributeUnit, element: Y.XmlElement): boolean {
    const elementItem = element._item
    if (!elementItem) return false
    const created = this.attributions.insertion(elementItem.id.client, elementItem.id.clock)
    const set = this.attributions.insertion(unit.client, unit.clock)
    return created !== null && set !== null && created.order === set.order
  }

  private visible(client: number, clock: number, snapshot: Y.Snapshot): boolean {
    return clock < (snapshot.sv.get(client) ?? 0) && !Y.isDeleted(snapshot.ds, Y.createID(client, clock))
  }
}

function later(a: RecordedEvent | null, b: RecordedEvent | null): RecordedEvent | null {
  if (!a) return b
  if (!b) return a
  return b.order > a.order ? b : a
}

function earlier(a: RecordedEvent | null, b: RecordedEvent | null): RecordedEvent | null {
  if (!a) return b
  if (!b) return a
  return b.order < a.order ? b : a
}

function split(key: string): [number, number] {
  const separator = key.indexOf(':')
  return [Number(key.slice(0, separator)), Number(key.slice(separator + 1))]
}
