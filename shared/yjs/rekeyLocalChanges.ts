import * as encoding from 'lib0/encoding'
import { uint32 } from 'lib0/random'
import * as Y from 'yjs'

type Struct = Y.Item | Y.GC

/** A run of one client's clocks that moves to a fresh clientID, starting there at `target`. */
interface MovedRun {
  clock: number
  length: number
  target: number
}

interface Move {
  client: number
  runs: MovedRun[]
}

interface Range {
  clock: number
  len: number
}

/**
 * The changes of a local Y.Doc that the server does not hold, moved to fresh clientIDs, as an update to
 * apply on top of the server's state. Another account may have written first with a clientID the local
 * document used offline; the server then refuses every item with that clientID. A clock of the local
 * document is not held where the server has nothing, and, for a clientID where the server has something
 * else at some clock, at every clock up to that one. Each such item is re-created under a fresh clientID
 * (one per old one) with the same content, parent and neighbours, references to moved items following
 * them, so Yjs places it where it stood. The local delete set comes along, moved where it covers moved
 * items, without what the server has already deleted.
 *
 * `localUpdate` is what this client wrote and what it had received before: not what the server sent it
 * since the clientID was taken, whose delete set names the squatter's items by the same ids as ours.
 * Squatted items that arrived anyway (beyond the local clocks) match the server's and stay where they are.
 * Both arguments are full states (`Y.encodeStateAsUpdate`, `Y.mergeUpdates`). This is the one place that
 * reads Yjs' struct internals for moving changes.
 */
export function rekeyLocalChanges(localUpdate: Uint8Array, serverUpdate: Uint8Array, createClientId: () => number = uint32): Uint8Array {
  const local = Y.decodeUpdate(localUpdate)
  const server = Y.decodeUpdate(serverUpdate)
  const localStructs = groupByClient(local.structs)
  const serverStructs = groupByClient(server.structs)
  const usedClients = new Set([...localStructs.keys(), ...serverStructs.keys(), ...local.ds.clients.keys(), ...server.ds.clients.keys()])
  const moves = new Map<number, Move>()
  for (const [client, structs] of localStructs) {
    const runs = findUnheldRuns(structs, serverStructs.get(client) ?? [])
    if (runs.length === 0) continue
    let fresh = createClientId()
    while (usedClients.has(fresh)) fresh = createClientId()
    usedClients.add(fresh)
    moves.set(client, { client: fresh, runs })
  }
  const moveId = (id: Y.ID): Y.ID => {
    const move = moves.get(id.client)
    const run = move ? findRun(move.runs, id.clock) : undefined
    return move && run ? Y.createID(move.client, run.target + id.clock - run.clock) : id
  }

  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, moves.size)
  for (const [client, move] of moves) {
    const structs = copyRuns(localStructs.get(client) ?? [], move.runs, moveId)
    encoding.writeVarUint(encoder.restEncoder, structs.length)
    encoder.writeClient(move.client)
    encoding.writeVarUint(encoder.restEncoder, 0)
    for (const struct of structs) struct.write(encoder, 0)
  }
  writeDeletions(encoder, moveDeletions(local.ds.clients, server.ds.clients, moves))
  return encoder.toUint8Array()
}

function groupByClient(structs: ReturnType<typeof Y.decodeUpdate>['structs']): Map<number, Struct[]> {
  const byClient = new Map<number, Struct[]>()
  for (const struct of structs) {
    if (!(struct instanceof Y.Item || struct instanceof Y.GC)) continue
    const list = byClient.get(struct.id.client)
    if (list) list.push(struct)
    else byClient.set(struct.id.client, [struct])
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  return byClient
}

/**
 * The clocks of one client the server does not hold, numbered consecutively from 0: where it has nothing,
 * and up to the last clock where it has something else. A squatter's first items can match ours exactly
 * (a paragraph inserted at the same place); only later ones show that they are someone else's.
 */
function findUnheldRuns(local: Struct[], server: Struct[]): MovedRun[] {
  let lastDifferent = -1
  forEachUnit(local, server, (clock, counterpart) => {
    if (counterpart === 'different') lastDifferent = clock
  })
  const runs: MovedRun[] = []
  let target = 0
  forEachUnit(local, server, (clock, counterpart) => {
    if (counterpart === 'same' && clock > lastDifferent) return
    const last = runs.at(-1)
    if (last && last.clock + last.length === clock) last.length++
    else runs.push({ clock, length: 1, target })
    target++
  })
  return runs
}

function forEachUnit(local: Struct[], server: Struct[], visit: (clock: number, counterpart: 'none' | 'same' | 'different') => void): void {
  let index = 0
  for (const struct of local) {
    for (let offset = 0; offset < struct.length; offset++) {
      const clock = struct.id.clock + offset
      let counterpart = server[index]
      while (counterpart && counterpart.id.clock + counterpart.length <= clock) counterpart = server[++index]
      if (!counterpart || counterpart.id.clock > clock) visit(clock, 'none')
      else visit(clock, sameUnit(struct, offset, counterpart, clock - counterpart.id.clock) ? 'same' : 'different')
    }
  }
}

function findRun(runs: MovedRun[], clock: number): MovedRun | undefined {
  let low = 0
  let high = runs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const run = runs[middle]
    if (run === undefined) return undefined
    if (clock < run.clock) high = middle - 1
    else if (clock >= run.clock + run.length) low = middle + 1
    else return run
  }
  return undefined
}

/** Whether two structs of the same client hold the same thing at the same clock, however Yjs has split them. */
function sameUnit(a: Struct, offsetA: number, b: Struct, offsetB: number): boolean {
  if (!(a instanceof Y.Item) || !(b instanceof Y.Item)) return a instanceof Y.GC && b instanceof Y.GC
  const originA = originAt(a, offsetA)
  const originB = originAt(b, offsetB)
  if (!sameId(originA, originB) || !sameId(a.rightOrigin, b.rightOrigin)) return false
  // Only a unit without neighbours names its parent; otherwise the parent follows from the neighbours.
  if (originA === null && a.rightOrigin === null && (!sameParent(a.parent, b.parent) || a.parentSub !== b.parentSub)) return false
  return sameContentUnit(a.content, offsetA, b.content, offsetB)
}

function originAt(item: Y.Item, offset: number): Y.ID | null {
  return offset > 0 ? Y.createID(item.id.client, item.id.clock + offset - 1) : item.origin
}

function sameId(a: Y.ID | null, b: Y.ID | null): boolean {
  return a === b || (a !== null && b !== null && a.client === b.client && a.clock === b.clock)
}

// Decoded items name their parent by root key (a string) or by the id of the parent's item.
function sameParent(a: unknown, b: unknown): boolean {
  if (a instanceof Y.ID || b instanceof Y.ID) return a instanceof Y.ID && b instanceof Y.ID && sameId(a, b)
  return a === b
}

function sameContentUnit(a: Y.Item['content'], offsetA: number, b: Y.Item['content'], offsetB: number): boolean {
  if (a.constructor !== b.constructor) return false
  if (a instanceof Y.ContentString) return a.str.charCodeAt(offsetA) === (b as Y.ContentString).str.charCodeAt(offsetB)
  if (a instanceof Y.ContentDeleted) return true
  if (a.getLength() === 1 && b.getLength() === 1) return sameBytes(encodeContent(a), encodeContent(b))
  return JSON.stringify(a.getContent()[offsetA]) === JSON.stringify(b.getContent()[offsetB])
}

function encodeContent(content: Y.Item['content']): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  content.write(encoder, 0)
  return encoder.toUint8Array()
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index])
}

/** The parts of a client's structs that lie in the moved runs, re-created under the fresh clientID. */
function copyRuns(structs: Struct[], runs: MovedRun[], moveId: (id: Y.ID) => Y.ID): Struct[] {
  const copies: Struct[] = []
  let first = 0
  for (const struct of structs) {
    const start = struct.id.clock
    const end = start + struct.length
    let run = runs[first]
    while (run && run.clock + run.length <= start) run = runs[++first]
    for (let at = first; run && run.clock < end; run = runs[++at]) {
      const from = Math.max(run.clock, start)
      const to = Math.min(run.clock + run.length, end)
      copies.push(copyPart(struct, from - start, to - from, moveId))
    }
  }
  return copies
}

function copyPart(struct: Struct, offset: number, length: number, moveId: (id: Y.ID) => Y.ID): Struct {
  const id = moveId(Y.createID(struct.id.client, struct.id.clock + offset))
  if (struct instanceof Y.GC) return new Y.GC(id, length)
  const origin = originAt(struct, offset)
  const movedOrigin = origin && moveId(origin)
  const movedRightOrigin = struct.rightOrigin && moveId(struct.rightOrigin)
  const namesParent = movedOrigin === null && movedRightOrigin === null
  const parent = namesParent ? (struct.parent instanceof Y.ID ? moveId(struct.parent) : struct.parent) : null
  let content = struct.content.copy()
  if (offset > 0) content = content.splice(offset)
  if (content.getLength() > length) content.splice(length)
  return new Y.Item(id, null, movedOrigin, null, movedRightOrigin, parent, namesParent ? struct.parentSub : null, content)
}

/** The local deletions: on moved runs under the fresh clientID, elsewhere as they are unless the server has them. */
function moveDeletions(local: Map<number, Range[]>, server: Map<number, Range[]>, moves: Map<number, Move>): Map<number, Range[]> {
  const result = new Map<number, Range[]>()
  const add = (client: number, clock: number, len: number) => {
    if (len <= 0) return
    const list = result.get(client)
    if (list) list.push({ clock, len })
    else result.set(client, [{ clock, len }])
  }
  for (const [client, ranges] of local) {
    const move = moves.get(client)
    const freshClient = move?.client ?? client
    const serverRanges = [...(server.get(client) ?? [])].sort((a, b) => a.clock - b.clock)
    for (const range of ranges) {
      let clock = range.clock
      const end = range.clock + range.len
      for (const run of move?.runs ?? []) {
        if (run.clock + run.length <= clock || run.clock >= end) continue
        for (const piece of subtract(clock, run.clock, serverRanges)) add(client, piece.clock, piece.len)
        const from = Math.max(clock, run.clock)
        const to = Math.min(end, run.clock + run.length)
        add(freshClient, run.target + from - run.clock, to - from)
        clock = to
      }
      for (const piece of subtract(clock, end, serverRanges)) add(client, piece.clock, piece.len)
    }
  }
  for (const [client, ranges] of result) result.set(client, mergeRanges(ranges))
  return result
}

function subtract(from: number, to: number, sortedRanges: Range[]): Range[] {
  const pieces: Range[] = []
  let clock = from
  for (const range of sortedRanges) {
    if (range.clock + range.len <= clock) continue
    if (range.clock >= to) break
    if (range.clock > clock) pieces.push({ clock, len: range.clock - clock })
    clock = Math.max(clock, range.clock + range.len)
  }
  if (clock < to) pieces.push({ clock, len: to - clock })
  return pieces
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = []
  for (const range of [...ranges].sort((a, b) => a.clock - b.clock)) {
    const last = merged.at(-1)
    if (last && last.clock + last.len >= range.clock) last.len = Math.max(last.len, range.clock + range.len - last.clock)
    else merged.push({ ...range })
  }
  return merged
}

function writeDeletions(encoder: Y.UpdateEncoderV1, deletions: Map<number, Range[]>): void {
  encoding.writeVarUint(encoder.restEncoder, deletions.size)
  for (const [client, ranges] of deletions) {
    encoder.resetDsCurVal()
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, ranges.length)
    for (const range of ranges) {
      encoder.writeDsClock(range.clock)
      encoder.writeDsLen(range.len)
    }
  }
}
