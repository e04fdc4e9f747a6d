import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'

/** Where a new item goes: the root fragment, an element, a text or another kind of shared type. */
export type IncomingParent =
  | { kind: 'root'; name: string; depth: 0 }
  | { kind: 'element'; nodeName: string; depth: number }
  | { kind: 'text'; depth: number }
  | { kind: 'other'; depth: number }

/** What a new item holds, reduced to what a schema can judge. */
export type IncomingContent =
  | { kind: 'element'; nodeName: string }
  | { kind: 'text' }
  | { kind: 'string' }
  | { kind: 'format'; key: string; value: unknown }
  | { kind: 'values'; values: unknown[] }
  | { kind: 'deleted' }
  | { kind: 'other'; name: string }

/** One item of an update that the document does not have yet. */
export interface IncomingItem {
  client: number
  clock: number
  parent: IncomingParent
  /** The attribute (map key) the item sets, or null for an item in the parent's sequence. */
  parentSub: string | null
  content: IncomingContent
}

export type IncomingUpdateInspection =
  | {
      status: 'complete'
      /** The new items, in the order Yjs will integrate them (garbage-collected runs are not listed). */
      items: IncomingItem[]
      /** The clock ranges the update adds to the document, garbage-collected runs included. */
      inserted: ItemRange[]
      /** The update's delete set. */
      deleted: ItemRange[]
    }
  /** Something the update builds on is neither in the document nor in the update: Yjs would park it. */
  | { status: 'missing'; detail: string }
  /** The update cannot be integrated as it stands (a reference into its own future, a parent that is no type). */
  | { status: 'malformed'; detail: string }

interface PendingStruct {
  struct: Y.Item | Y.GC
  /** Ids the struct needs before Yjs can integrate it. */
  needs: Y.ID[]
}

/**
 * Inspects a decoded update against the document it is meant for, without applying it: whether Yjs would
 * integrate all of it at once (every origin, right origin, parent and deleted item present in the document
 * or in the update itself, in an order Yjs can follow), and what each new item would become. This is the
 * one place that reads Yjs' struct internals for incoming updates.
 */
export function inspectIncomingUpdate(ydoc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>): IncomingUpdateInspection {
  const documentState = new Map<number, number>()
  const stateOf = (client: number) => {
    let state = documentState.get(client)
    if (state === undefined) {
      state = Y.getState(ydoc.store, client)
      documentState.set(client, state)
    }
    return state
  }
  const queues = new Map<number, PendingStruct[]>()
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) return { status: 'missing', detail: `skipped clocks of client ${struct.id.client}` }
    const queue = queues.get(struct.id.client) ?? []
    if (queue.length === 0) queues.set(struct.id.client, queue)
    const previous = queue.at(-1)?.struct
    if (previous && previous.id.clock + previous.length !== struct.id.clock) return { status: 'missing', detail: `non-contiguous structs of client ${struct.id.client}` }
    const needs: Y.ID[] = []
    if (struct instanceof Y.Item) {
      for (const reference of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
        if (reference === null) continue
        if (reference.client === struct.id.client && reference.clock >= struct.id.clock) return { status: 'malformed', detail: `item ${struct.id.client}:${struct.id.clock} refers to its own future` }
        needs.push(reference)
      }
    }
    queue.push({ struct, needs })
  }

  // Integration is simulated: a client's next struct is taken once its own clock and everything it needs are there.
  const simulatedState = new Map<number, number>()
  const reached = (client: number) => simulatedState.get(client) ?? stateOf(client)
  const waiting = new Map<number, { client: number; clock: number }[]>()
  const ready = [...queues.keys()]
  const integrated: (Y.Item | Y.GC)[] = []
  const positions = new Map<number, number>()
  while (ready.length > 0) {
    const client = ready.pop()!
    const queue = queues.get(client)!
    let position = positions.get(client) ?? 0
    while (position < queue.length) {
      const { struct, needs } = queue[position]!
      if (struct.id.clock > reached(client)) return { status: 'missing', detail: `client ${client} starts at ${struct.id.clock}, the document has ${reached(client)}` }
      const unmet = needs.find((reference) => reference.clock >= reached(reference.client))
      if (unmet) {
        const waiters = waiting.get(unmet.client) ?? []
        waiters.push({ client, clock: unmet.clock })
        waiting.set(unmet.client, waiters)
        break
      }
      if (struct.id.clock + struct.length > reached(client)) {
        integrated.push(struct)
        simulatedState.set(client, struct.id.clock + struct.length)
      }
      position += 1
    }
    positions.set(client, position)
    const waiters = waiting.get(client)
    if (waiters) {
      const stillWaiting = waiters.filter((waiter) => waiter.clock >= reached(client))
      for (const waiter of waiters) if (waiter.clock < reached(client)) ready.push(waiter.client)
      waiting.set(client, stillWaiting)
    }
  }
  for (const [client, queue] of queues) {
    if ((positions.get(client) ?? 0) < queue.length) return { status: 'missing', detail: `client ${client} depends on items the document does not have` }
  }

  const deleted: ItemRange[] = []
  for (const [client, deletions] of decoded.ds.clients) {
    for (const deletion of deletions) {
      if (deletion.clock + deletion.len > reached(client)) return { status: 'missing', detail: `deletes items of client ${client} the document does not have` }
      deleted.push([client, deletion.clock, deletion.len])
    }
  }

  const inserted: ItemRange[] = []
  for (const struct of integrated) {
    const start = Math.max(struct.id.clock, stateOf(struct.id.client))
    const last = inserted.at(-1)
    if (last && last[0] === struct.id.client && last[1] + last[2] === start) last[2] = struct.id.clock + struct.length - last[1]
    else inserted.push([struct.id.client, start, struct.id.clock + struct.length - start])
  }

  const placement = new PlacementResolver(ydoc, integrated)
  const items: IncomingItem[] = []
  for (const struct of integrated) {
    if (!(struct instanceof Y.Item)) continue
    const place = placement.resolve(struct)
    if (typeof place === 'string') return { status: 'malformed', detail: place }
    items.push({ client: struct.id.client, clock: Math.max(struct.id.clock, stateOf(struct.id.client)), parent: place.parent, parentSub: place.parentSub, content: describeContent(struct.content) })
  }
  return { status: 'complete', items, inserted, deleted }
}

interface Placement {
  parent: IncomingParent
  parentSub: string | null
  /** What the item itself is as a parent, if it holds a shared type. */
  asParent: IncomingParent | null
}

/** Works out where each new item lands, the way Yjs does: from its origin, else its right origin, else its parent. */
class PlacementResolver {
  private readonly placements = new Map<Y.Item, Placement>()
  private readonly byClient = new Map<number, Y.Item[]>()
  private readonly typeDepths = new WeakMap<object, IncomingParent>()

  constructor(
    private readonly ydoc: Y.Doc,
    integrated: readonly (Y.Item | Y.GC)[],
  ) {
    for (const struct of integrated) {
      if (!(struct instanceof Y.Item)) continue
      const items = this.byClient.get(struct.id.client) ?? []
      items.push(struct)
      this.byClient.set(struct.id.client, items)
    }
  }

  /** Resolves in integration order, so every new item an item refers to is already placed. */
  resolve(item: Y.Item): Placement | string {
    let placement: Placement | string
    if (item.origin !== null || item.rightOrigin !== null) {
      const neighbour = this.placementOf((item.origin ?? item.rightOrigin)!)
      placement = typeof neighbour === 'string' ? neighbour : { parent: neighbour.parent, parentSub: neighbour.parentSub, asParent: null }
    } else if (typeof item.parent === 'string') {
      placement = { parent: { kind: 'root', name: item.parent, depth: 0 }, parentSub: item.parentSub, asParent: null }
    } else if (item.parent instanceof Y.ID) {
      const parent = this.placementOf(item.parent)
      placement = typeof parent === 'string' ? parent : parent.asParent ? { parent: parent.asParent, parentSub: item.parentSub, asParent: null } : `item ${item.id.client}:${item.id.clock} has a parent that holds no shared type`
    } else {
      placement = `item ${item.id.client}:${item.id.clock} has no parent`
    }
    if (typeof placement === 'string') return placement
    placement.asParent = item.content instanceof Y.ContentType ? describeTypeAsParent(item.content.type, placement.parent.depth + 1) : null
    this.placements.set(item, placement)
    return placement
  }

  private placementOf(id: Y.ID): Placement | string {
    const incoming = this.findIncoming(id)
    if (incoming) return this.placements.get(incoming) ?? `item ${id.client}:${id.clock} is referred to before it is placed`
    if (id.clock >= Y.getState(this.ydoc.store, id.client)) return `item ${id.client}:${id.clock} does not exist`
    const struct = Y.getItem(this.ydoc.store, id)
    if (!(struct instanceof Y.Item)) return `item ${id.client}:${id.clock} was garbage-collected`
    const parent = this.describeExistingType(struct.parent as Y.AbstractType<unknown> | null)
    if (!parent) return `item ${id.client}:${id.clock} has no parent`
    return { parent, parentSub: struct.parentSub, asParent: struct.content instanceof Y.ContentType ? describeTypeAsParent(struct.content.type, parent.depth + 1) : null }
  }

  private findIncoming(id: Y.ID): Y.Item | undefined {
    const items = this.byClient.get(id.client)
    if (!items) return undefined
    let low = 0
    let high = items.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const item = items[middle]!
      if (id.clock < item.id.clock) high = middle - 1
      else if (id.clock >= item.id.clock + item.length) low = middle + 1
      else return id.clock >= Y.getState(this.ydoc.store, id.client) ? item : undefined
    }
    return undefined
  }

  private describeExistingType(type: Y.AbstractType<unknown> | null): IncomingParent | null {
    if (type === null) return null
    const known = this.typeDepths.get(type)
    if (known) return known
    let described: IncomingParent | null
    if (type._item === null) {
      described = { kind: 'root', name: Y.findRootTypeKey(type), depth: 0 }
    } else {
      const grandparent = this.describeExistingType(type._item.parent as Y.AbstractType<unknown> | null)
      described = grandparent ? describeTypeAsParent(type, grandparent.depth + 1) : null
    }
    if (described) this.typeDepths.set(type, described)
    return described
  }
}

function describeTypeAsParent(type: Y.AbstractType<unknown>, depth: number): IncomingParent {
  if (type instanceof Y.XmlText) return { kind: 'text', depth }
  if (type instanceof Y.XmlElement) return { kind: 'element', nodeName: type.nodeName, depth }
  return { kind: 'other', depth }
}

function describeContent(content: Y.Item["content"]): IncomingContent {
  if (content instanceof Y.ContentType) {
    if (content.type instanceof Y.XmlText) return { kind: 'text' }
    if (content.type instanceof Y.XmlElement) return { kind: 'element', nodeName: content.type.nodeName }
    return { kind: 'other', name: content.type.constructor.name }
  }
  if (content instanceof Y.ContentString) return { kind: 'string' }
  if (content instanceof Y.ContentFormat) return { kind: 'format', key: content.key, value: content.value }
  if (content instanceof Y.ContentAny) return { kind: 'values', values: content.arr }
  if (content instanceof Y.ContentDeleted) return { kind: 'deleted' }
  return { kind: 'other', name: content.constructor.name }
}
