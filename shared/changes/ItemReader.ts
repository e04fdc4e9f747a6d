import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { getConceptSchema } from '../schema/getConceptSchema'

/** One character (or inline node, or formatting mark) of a textblock: `offset` within its item. */
export interface ItemUnit {
  item: Y.Item
  offset: number
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

  /** The values attribute `key` of an element has had, oldest first, each with the entry item that set it. */
  attributeHistory(element: Y.XmlElement, key: string): { value: unknown; entry: Y.Item }[] {
    const history: { value: unknown; entry: Y.Item }[] = []
    for (let entry = element._map.get(key) ?? null; entry !== null; entry = entry.left) {
      const values = entry.content.getContent()
      history.push({ value: values[values.length - 1], entry })
    }
    return history.reverse()
  }

  /** The latest value an attribute entry item holds. */
  static entryValue(entry: Y.Item): unknown {
    const values = entry.content.getContent()
    return values[values.length - 1]
  }

  /** The entry item holding attribute `key` of an element in its latest state (deleted or not), or null. */
  attributeEntry(element: Y.XmlElement, key: string): Y.Item | null {
    return element._map.get(key) ?? null
  }

  /** The element an element item holds, or null. */
  static elementOf(item: Y.Item): Y.XmlElement | null {
    return item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement ? item.content.type : null
  }
}
