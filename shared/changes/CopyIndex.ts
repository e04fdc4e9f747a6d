import * as Y from 'yjs'
import type { UpdateAttribution } from '../history/UpdateAttribution'
import { AttributionIndex } from './AttributionIndex'
import { ItemReader } from './ItemReader'
import { matchSequences } from './matchSequences'

/** Longest copy chain followed; the binding never copies a character anywhere near this often. */
const maxChain = 10_000

interface Token {
  client: number
  clock: number
  value: string
  /** The text (or element) the unit stands in. */
  parent: unknown
}

/**
 * Which items are copies of which. The editor binding re-creates text it cannot map (a joined list item,
 * a block moved or reordered, a re-rendered element): one update deletes the old items and inserts new
 * ones with the same text in the block with the same id. Those new items are copies: they keep the
 * authorship of the characters (and marks) they copy, and a later deletion of the copy is the deletion of
 * the original. Found per update, per block id, as the longest common subsequence of what it deleted and
 * what it inserted there.
 */
export class CopyIndex {
  private readonly sources = new Map<string, string>()
  private readonly copies = new Map<string, string>()
  private readonly elementSources = new Map<Y.Item, Y.Item>()

  private readonly insertionOrder: (client: number, clock: number) => number

  constructor(
    attributions: readonly UpdateAttribution[],
    private readonly reader: ItemReader,
    /** The place in the log of the update that inserted client:clock, or -1 (read from `attributions` if not given). */
    insertionOrder?: (client: number, clock: number) => number,
  ) {
    if (insertionOrder) this.insertionOrder = insertionOrder
    else {
      const index = new AttributionIndex(attributions, new Map())
      this.insertionOrder = (client, clock) => index.insertion(client, clock)?.order ?? -1
    }
    attributions.forEach((attribution, order) => {
      if (attribution.inserted.length === 0 || attribution.deleted.length === 0) return
      this.linkUpdate(attribution, order)
    })
  }

  /** The unit client:clock copies, as `client:clock`, or undefined. */
  sourceOf(client: number, clock: number): string | undefined {
    return this.sources.get(`${client}:${clock}`)
  }

  /** The original a unit was copied from, through any number of copies, as `client:clock` (the unit itself if it is no copy). */
  rootOf(client: number, clock: number): string {
    let current = `${client}:${clock}`
    for (let step = 0; step < maxChain; step += 1) {
      const source = this.sources.get(current)
      if (source === undefined) break
      current = source
    }
    return current
  }

  /** The unit that copies client:clock, as `client:clock`, or undefined. */
  copyOf(client: number, clock: number): string | undefined {
    return this.copies.get(`${client}:${clock}`)
  }

  /** The element item an element re-created in the same update copies, or undefined. */
  elementSourceOf(item: Y.Item): Y.Item | undefined {
    return this.elementSources.get(item)
  }

  private linkUpdate(attribution: UpdateAttribution, order: number) {
    const deleted = this.collect(attribution.deleted, order)
    if (deleted.units.size === 0 && deleted.elements.size === 0) return
    const inserted = this.collect(attribution.inserted, order)
    for (const [blockId, allInserted] of inserted.units) {
      const allDeleted = deleted.units.get(blockId)
      if (!allDeleted) continue
      for (const parent of new Set(allInserted.map((token) => token.parent))) {
        // Text the binding rewrites in place is edited minimally, never copied: only units in another text can be copies.
        const insertedTokens = allInserted.filter((token) => token.parent === parent)
        const deletedTokens = allDeleted.filter((token) => token.parent !== parent)
        if (deletedTokens.length > 0) this.linkTokens(deletedTokens, insertedTokens)
      }
    }
    for (const [blockId, element] of inserted.elements) {
      const source = deleted.elements.get(blockId)
      if (source) this.elementSources.set(element, source)
    }
  }

  private linkTokens(deletedTokens: readonly Token[], insertedTokens: readonly Token[]) {
    const pairs = matchSequences(
      deletedTokens.map((token) => token.value),
      insertedTokens.map((token) => token.value),
    )
    for (const [olderIndex, newerIndex] of pairs) {
      const source = deletedTokens[olderIndex]!
      const copy = insertedTokens[newerIndex]!
      this.sources.set(`${copy.client}:${copy.clock}`, `${source.client}:${source.clock}`)
      this.copies.set(`${source.client}:${source.clock}`, `${copy.client}:${copy.clock}`)
    }
  }

  /** The block id an element carried when update `order` came in (its latest id set by then). */
  private idAt(element: Y.XmlElement, order: number): string | null {
    let found: string | null = null
    for (const { value, client, clock } of this.reader.attributeHistory(element, 'id')) {
      if (this.insertionOrder(client, clock) > order) break
      found = typeof value === 'string' ? value : null
    }
    return found ?? this.reader.lastIdOf(element)
  }

  private collect(ranges: UpdateAttribution['inserted'], order: number) {
    const units = new Map<string, Token[]>()
    const elements = new Map<string, Y.Item>()
    for (const range of ranges) {
      for (const { item, from, to } of this.reader.itemsIn(range)) {
        const element = ItemReader.elementOf(item)
        if (element) {
          const id = this.idAt(element, order)
          if (id !== null && !elements.has(id)) elements.set(id, item)
        }
        const value = tokenValue(item)
        if (value === null) continue
        const textblock = this.reader.textblockOf(item)
        const id = textblock ? this.idAt(textblock, order) : null
        if (id === null) continue
        const tokens = units.get(id) ?? []
        if (tokens.length === 0) units.set(id, tokens)
        for (let offset = from; offset < to; offset += 1) tokens.push({ client: item.id.client, clock: item.id.clock + offset, value: item.content instanceof Y.ContentString ? value[offset]! : value, parent: item.parent })
      }
    }
    // Document order within a block: Yjs clock order can differ from it when text was typed out of order.
    for (const tokens of units.values()) sortByDocumentOrder(tokens, this.reader)
    return { units, elements }
  }
}

/** Characters stand for themselves (the string is indexed by offset); a mark for its key and value; an inline node for its name. */
function tokenValue(item: Y.Item): string | null {
  const { content } = item
  if (content instanceof Y.ContentString) return content.str
  if (content instanceof Y.ContentFormat) return `\u0000${content.key}=${JSON.stringify(content.value)}`
  if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return `\u0001${content.type.nodeName}`
  return null
}

function sortByDocumentOrder(tokens: Token[], reader: ItemReader) {
  const rank = new Map<Y.Item, number>()
  const rankOf = (item: Y.Item | null) => {
    if (!item) return 0
    if (!rank.has(item) && item.parent instanceof Y.AbstractType) {
      let index = 0
      for (let sibling = (item.parent as Y.AbstractType<unknown>)._start; sibling !== null; sibling = sibling.right) rank.set(sibling, index++)
    }
    return rank.get(item) ?? 0
  }
  const keyed = tokens.map((token) => ({ token, parent: token.parent, rank: rankOf(reader.itemAt(token.client, token.clock)) }))
  const parents = new Map<unknown, number>()
  for (const entry of keyed) if (!parents.has(entry.parent)) parents.set(entry.parent, parents.size)
  keyed.sort((a, b) => parents.get(a.parent)! - parents.get(b.parent)! || a.rank - b.rank || a.token.clock - b.token.clock)
  tokens.splice(0, tokens.length, ...keyed.map((entry) => entry.token))
}
