import * as Y from 'yjs'
import type { AttributionIndex } from './AttributionIndex'
import type { ChangeAuthor } from './ChangeModel'
import type { CopyIndex } from './CopyIndex'
import { ItemReader } from './ItemReader'

/** Longest copy chain followed; the binding never copies a character anywhere near this often. */
const maxChain = 10_000

/**
 * Who made a change, from the server's attribution log: the account whose update inserted or deleted the
 * items. Copies the editor binding made of existing text keep the authorship of the original, and the
 * deletion of a copy counts as the deletion of the original.
 */
export class ChangeAuthors {
  constructor(
    private readonly attributions: AttributionIndex,
    private readonly copies: CopyIndex,
    private readonly reader: ItemReader,
    private readonly from: Y.Snapshot,
    private readonly to: Y.Snapshot,
  ) {}

  /** Who wrote the unit client:clock (a character, mark or inline node) that is new in the newer version. */
  inserted(client: number, clock: number): ChangeAuthor | null {
    let current = `${client}:${clock}`
    for (let step = 0; step < maxChain; step += 1) {
      const [sourceClient, sourceClock] = split(current)
      const source = this.copies.sourceOf(sourceClient, sourceClock)
      if (source === undefined) break
      const [originClient, originClock] = split(source)
      // A copy of text the older version had is new here through whoever copied it.
      if (this.visible(originClient, originClock, this.from)) break
      current = source
    }
    const [rootClient, rootClock] = split(current)
    return this.attributions.insertedBy(rootClient, rootClock)
  }

  /** Who removed the unit client:clock, which the older version has in this block, from it. */
  deleted(client: number, clock: number): ChangeAuthor | null {
    if (this.visible(client, clock, this.to)) return this.relocated(client, clock)
    let current = `${client}:${clock}`
    for (let step = 0; step < maxChain; step += 1) {
      const [currentClient, currentClock] = split(current)
      const copy = this.copies.copyOf(currentClient, currentClock)
      if (copy === undefined) break
      const [copyClient, copyClock] = split(copy)
      // A copy that was never removed means the character moved with its block's id: keep the last deletion.
      if (this.visible(copyClient, copyClock, this.to) || copyClock >= (this.to.sv.get(copyClient) ?? 0)) break
      current = copy
    }
    const [lastClient, lastClock] = split(current)
    return this.attributions.deletedBy(lastClient, lastClock) ?? this.attributions.deletedBy(client, clock)
  }

  /** Who gave the attribute `key` of `element` its value in the newer version (or removed it). */
  attribute(element: Y.XmlElement, key: string): ChangeAuthor | null {
    let entry = this.reader.attributeEntry(element, key)
    while (entry !== null && entry.id.clock >= (this.to.sv.get(entry.id.client) ?? 0)) entry = entry.left
    if (entry === null) return null
    if (Y.isDeleted(this.to.ds, entry.id)) return this.attributions.deletedBy(entry.id.client, entry.id.clock)
    const source = element._item ? this.copies.elementSourceOf(element._item) : undefined
    const sourceElement = source ? ItemReader.elementOf(source) : null
    // A re-created element carries its attributes over: whoever set the value on the original set it.
    if (sourceElement && entry.id.client === element._item!.id.client && sameValue(sourceElement, element, key, entry)) return this.attribute(sourceElement, key)
    return this.attributions.insertedBy(entry.id.client, entry.id.clock)
  }

  /** The entry item holding the newer value of attribute `key` (or the older one it removed), as ranges for decisions. */
  attributeEntry(element: Y.XmlElement, key: string): Y.Item | null {
    let entry = this.reader.attributeEntry(element, key)
    while (entry !== null && entry.id.clock >= (this.to.sv.get(entry.id.client) ?? 0)) entry = entry.left
    return entry
  }

  /** True if the item stood in the older version and is deleted in the newer one. */
  removedInNewer(item: Y.Item): boolean {
    return this.visible(item.id.client, item.id.clock, this.from) && !this.visible(item.id.client, item.id.clock, this.to)
  }

  private relocated(client: number, clock: number): ChangeAuthor | null {
    const item = this.reader.itemAt(client, clock)
    const textblock = item ? this.reader.textblockOf(item) : null
    return textblock ? this.attribute(textblock, 'id') : null
  }

  private visible(client: number, clock: number, snapshot: Y.Snapshot): boolean {
    return clock < (snapshot.sv.get(client) ?? 0) && !Y.isDeleted(snapshot.ds, Y.createID(client, clock))
  }
}

function split(key: string): [number, number] {
  const separator = key.indexOf(':')
  return [Number(key.slice(0, separator)), Number(key.slice(separator + 1))]
}

function sameValue(source: Y.XmlElement, copy: Y.XmlElement, key: string, entry: Y.Item): boolean {
  const sourceEntry = source._map.get(key)
  if (!sourceEntry) return false
  const a = sourceEntry.content.getContent()
  const b = entry.content.getContent()
  return JSON.stringify(a[a.length - 1]) === JSON.stringify(b[b.length - 1])
}
