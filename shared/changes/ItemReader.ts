import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { getConceptSchema } from '../schema/getConceptSchema'

/** One character (or inline node, or formatting mark) of a textblock: `offset` within its item. */
export interface ItemUnit {
  item: Y.Item
  offset: number
}

/** One value an attribute of an element had: the entry item holding it and the value's own id. */
export interface AttributeUnit {
  value: unknown
  entry: Y.Item
  client: number
  clock: number
}

/**
 * The change model's one door to Yjs internals: items by id, the items of a range, and where an item
 * stands (its textblock, that block's id). Nothing else in the model reads struct stores or `_map`.
 */
export class ItemReader {
  private readonly textblocks = new Set(Object.values(getConceptSchema().nodes).filter((type) => type.isTextblock).map((type) => type.name))

  constructor(private readonly ydoc: Y.Doc) {}

  /** The items (whole or in part) of the range, in clock order, garbage and skips left out. */
  itemsIn([client, clock, length]: ItemRange): { item: Y.Item; from: number; to: number }[] {
    const structs = this.ydoc.store.clients.get(client)
    if (!structs || length <= 0) return []
    const found: { item: Y.Item; from: number; to: number }[] = []
    const end = clock + length
    const last = structs.at(-1)!
    if (clock >= last.id.clock + last.length) return []
    for (let index = Y.findIndexSS(structs, clock); index < structs.length; index += 1) {
      const struct = structs[index]!
      if (struct.id.clock >= end) break
      if (!(struct instanceof Y.Item)) continue
      found.push({ item: struct, from: Math.max(0, clock - struct.id.clock), to: Math.min(struct.length, end - struct.id.clock) })
    }
    return found
  }

  /** The item holding client:clock, or null. */
  itemAt(client: number, clock: number): Y.Item | null {
    const structs = this.ydoc.store.clients.get(client)
    if (!structs) return null
    const last = structs.at(-1)!
    if (clock >= last.id.clock + last.length) return null
    const struct = structs[Y.findIndexSS(structs, clock)]
    return struct instanceof Y.Item ? struct : null
  }

  /** The textblock element an item of text (or an inline node) belongs to, or null. */
  textblockOf(item: Y.Item): Y.XmlElement | null {
    let parent = item.parent
    if (parent instanceof Y.XmlText) parent = parent._item?.parent ?? null
    return parent instanceof Y.XmlElement && this.textblocks.has(parent.nodeName) ? parent : null
  }

  /** The block id an element carries or last carried (also once it is deleted). */
  lastIdOf(element: Y.XmlElement): string | null {
    const entry = element._map.get('id')
    if (!entry) return null
    const values = entry.content.getContent()
    const value: unknown = values[values.length - 1]
    return typeof value === 'string' ? value : null
  }

  /**
   * The values attribute `key` of an element has had, oldest first, each with its own id: Yjs merges
   * consecutive entries one session set (once both are overwritten) into one item of several values.
   */
  attributeHistory(element: Y.XmlElement, key: string): AttributeUnit[] {
    const history: AttributeUnit[] = []
    for (let entry = element._map.get(key) ?? null; entry !== null; entry = entry.left) {
      const values = entry.content.getContent()
      for (let offset = entry.length - 1; offset >= 0; offset -= 1) history.push({ value: values[offset], entry, client: entry.id.client, clock: entry.id.clock + offset })
    }
    return history.reverse()
  }

  /** The value of attribute `key` that stood last in the version `snapshot` (deleted there or not), or null if it was never set by then. */
  attributeUnitAt(element: Y.XmlElement, key: string, snapshot: Y.Snapshot): AttributeUnit | null {
    for (let entry = element._map.get(key) ?? null; entry !== null; entry = entry.left) {
      const state = snapshot.sv.get(entry.id.client) ?? 0
      if (entry.id.clock >= state) continue
      const offset = Math.min(entry.length, state - entry.id.clock) - 1
      return { value: entry.content.getContent()[offset], entry, client: entry.id.client, clock: entry.id.clock + offset }
    }
    return null
  }

  /** The attributes of an element in the version `snapshot`, read per value (Y.XmlElement.getAttributes(snapshot) reads a merged entry's last value). */
  attributesAt(element: Y.XmlElement, snapshot: Y.Snapshot): Record<string, unknown> {
    const attributes: Record<string, unknown> = {}
    for (const key of element._map.keys()) {
      const unit = this.attributeUnitAt(element, key, snapshot)
      if (unit && !Y.isDeleted(snapshot.ds, Y.createID(unit.client, unit.clock)) && unit.value !== undefined) attributes[key] = unit.value
    }
    return attributes
  }

  /** The latest value attribute `key` of an element holds (deleted or not), or null. */
  latestAttributeUnit(element: Y.XmlElement, key: string): AttributeUnit | null {
    const entry = element._map.get(key)
    if (!entry) return null
    const offset = entry.length - 1
    return { value: entry.content.getContent()[offset], entry, client: entry.id.client, clock: entry.id.clock + offset }
  }

  /** The element an element item holds, or null. */
  static elementOf(item: Y.Item): Y.XmlElement | null {
    return item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement ? item.content.type : null
  }
}
