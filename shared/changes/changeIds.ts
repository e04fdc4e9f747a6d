import type { ItemRange } from '../history/UpdateAttribution'

/**
 * Change ids name the Yjs items a change consists of, so that accepting or rejecting it needs nothing
 * but the id and the document: `ins:` / `del:` with item ranges `client.clock.length` joined by `+`,
 * `attr:client.clock:key` for an attribute of the element item client.clock, `move:blockId`.
 */
export function insertionChangeId(ranges: readonly ItemRange[]): string {
  return `ins:${formatRanges(ranges)}`
}

export function deletionChangeId(ranges: readonly ItemRange[]): string {
  return `del:${formatRanges(ranges)}`
}

export function attributeChangeId(elementClient: number, elementClock: number, key: string): string {
  return `attr:${elementClient}.${elementClock}:${key}`
}

export function moveChangeId(blockId: string): string {
  return `move:${blockId}`
}

export type ParsedChangeId =
  | { kind: 'insertion' | 'deletion'; ranges: ItemRange[] }
  | { kind: 'attribute'; client: number; clock: number; key: string }
  | { kind: 'move'; blockId: string }

/** Reads a change id back; null if it is not one. */
export function parseChangeId(changeId: string): ParsedChangeId | null {
  const separator = changeId.indexOf(':')
  if (separator < 0) return null
  const prefix = changeId.slice(0, separator)
  const rest = changeId.slice(separator + 1)
  if (prefix === 'ins' || prefix === 'del') {
    const ranges = parseRanges(rest)
    return ranges ? { kind: prefix === 'ins' ? 'insertion' : 'deletion', ranges } : null
  }
  if (prefix === 'attr') {
    const match = /^(\d+)\.(\d+):(.+)$/.exec(rest)
    return match ? { kind: 'attribute', client: Number(match[1]), clock: Number(match[2]), key: match[3]! } : null
  }
  if (prefix === 'move' && rest) return { kind: 'move', blockId: rest }
  return null
}

function formatRanges(ranges: readonly ItemRange[]): string {
  return ranges.map(([client, clock, length]) => `${client}.${clock}.${length}`).join('+')
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
