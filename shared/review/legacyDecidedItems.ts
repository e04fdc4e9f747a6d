import type { ItemRange } from '../history/UpdateAttribution'
import type { DecidedItems } from './ReviewDecision'

/**
 * What a decision stored by change id alone covers, where the id names item ranges (`ins:` / `del:` with
 * `client.clock.length` joined by `+`, as change ids were written before decisions were stored as items).
 * Null for ids that name no items (attributes, moves): those decisions still match their exact change id.
 */
export function legacyDecidedItems(changeId: string): DecidedItems | null {
  const match = /^(ins|del):(\d+\.\d+\.\d+(?:\+\d+\.\d+\.\d+)*)$/.exec(changeId)
  if (!match) return null
  const ranges = match[2]!.split('+').map((part): ItemRange => {
    const [client, clock, length] = part.split('.').map(Number) as [number, number, number]
    return [client, clock, length]
  })
  return { kind: match[1] === 'ins' ? 'insertion' : 'deletion', ranges }
}
