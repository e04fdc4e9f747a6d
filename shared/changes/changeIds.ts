import type { ItemRange } from '../history/UpdateAttribution'

/** A Yjs item id as client and clock. */
export type ItemId = readonly [client: number, clock: number]

/**
 * Change ids are made of Yjs item ids, which later edits never alter, so a change keeps its id while the
 * document goes on: `ins:` / `del:` with the first and the last unit of the text (or the element item of a
 * whole block) as `client.clock-client.clock`; `fmt:added:bold:` or `fmt:removed:bold:` with the first and
 * last character; `attr:client.clock:key@client.clock` for the element and the map entry that holds the newer
 * value; `move:` and `reorder:` with the element item of the block at its new place. Typing next to a change
 * or deleting inside it does not change its id; new text is a new change.
 */
export function runChangeId(status: 'inserted' | 'deleted', first: ItemId, last: ItemId): string {
  return `${status === 'inserted' ? 'ins' : 'del'}:${span(first, last)}`
}

export function formatChangeId(mark: string, change: 'added' | 'removed', first: ItemId, last: ItemId): string {
  return `fmt:${change}:${mark}:${span(first, last)}`
}

export function attributeChangeId(element: ItemId, key: string, entry: ItemId | null): string {
  return `attr:${element[0]}.${element[1]}:${key}${entry ? `@${entry[0]}.${entry[1]}` : ''}`
}

export function moveChangeId(newerElement: ItemId): string {
  return `move:${newerElement[0]}.${newerElement[1]}`
}

export function reorderChangeId(newerElement: ItemId): string {
  return `reorder:${newerElement[0]}.${newerElement[1]}`
}

export type ParsedChangeId =
  | { kind: 'insertion' | 'deletion'; first: ItemId; last: ItemId }
  /** Ids before changes got stable identities listed all item ranges. */
  | { kind: 'insertion' | 'deletion'; ranges: ItemRange[] }
  | { kind: 'format'; mark: string; change: 'added' | 'removed'; first: ItemId; last: ItemId }
  | { kind: 'attribute'; client: number; clock: number; key: string; entry: ItemId | null }
  | { kind: 'move' | 'reorder'; element: ItemId }
  /** Move ids before stable identities named the block id. */
  | { kind: 'move'; blockId: string }

/** Reads a change id back; null if it is not one. */
export function parseChangeId(changeId: string): ParsedChangeId | null {
  const separator = changeId.indexOf(':')
  if (separator < 0) return null
  const prefix = changeId.slice(0, separator)
  const rest = changeId.slice(separator + 1)
  if (prefix === 'ins' || prefix === 'del') {
    const kind = prefix === 'ins' ? 'insertion' : 'deletion'
    const stable = /^(\d+)\.(\d+)-(\d+)\.(\d+)$/.exec(rest)
    if (stable) return { kind, first: [Number(stable[1]), Number(stable[2])], last: [Number(stable[3]), Number(stable[4])] }
    const ranges = parseRanges(rest)
    return ranges ? { kind, ranges } : null
  }
  if (prefix === 'fmt') {
    const match = /^(added|removed):([^:]+):(\d+)\.(\d+)-(\d+)\.(\d+)$/.exec(rest)
    if (!match) return null
    return { kind: 'format', change: match[1] as 'added' | 'removed', mark: match[2]!, first: [Number(match[3]), Number(match[4])], last: [Number(match[5]), Number(match[6])] }
  }
  if (prefix === 'attr') {
    const match = /^(\d+)\.(\d+):([^@]+)(?:@(\d+)\.(\d+))?$/.exec(rest)
    if (!match) return null
    return { kind: 'attribute', client: Number(match[1]), clock: Number(match[2]), key: match[3]!, entry: match[4] ? [Number(match[4]), Number(match[5])] : null }
  }
  if (prefix === 'move' || prefix === 'reorder') {
    const element = /^(\d+)\.(\d+)$/.exec(rest)
    if (element) return { kind: prefix, element: [Number(element[1]), Number(element[2])] }
    if (prefix === 'move' && rest) return { kind: 'move', blockId: rest }
  }
  return null
}

function span(first: ItemId, last: ItemId): string {
  return `${first[0]}.${first[1]}-${last[0]}.${last[1]}`
}

function parseRanges(text: string): ItemRange[] | null {
  const ranges: ItemRange[] = []
  for (const part of text.split('+')) {
    const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(part)
    if (!match) return null
    ranges.push([Number(match[1]), Number(match[2]), Number(match[3])])
  }
  return ranges.length > 0 ? ranges : null
}
