import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { NodeName } from '../../../shared/schema/nodeNames'
import { markNameOfFormat } from '../../../shared/schema/validation/getConceptSchemaRules'
import { yDocToConceptNode } from '../../../shared/yjs/conceptConversions'

/** A textblock as a reader sees it: its id, its characters and each character's marks. */
export interface LedgerTextblock {
  id: string | null
  text: string
  /** Mark names per character, sorted and joined ("bold,italic"). */
  marks: string[]
}

/** A version as a reader sees it, independent of any change model. */
export interface LedgerReading {
  textblocks: LedgerTextblock[]
  /** Ids of Handlungsfelder, Oberziele, Teilziele and Maßnahmen in document order. */
  units: string[]
  /** Maßnahme attributes by block id. */
  attributes: Map<string, Record<string, string>>
}

interface CountEvent {
  time: number
  userId: string
  delta: number
}

interface MarkEvent {
  time: number
  userId: string
}

const unitTypes = new Set<string>([NodeName.handlungsfeld, NodeName.oberziel, NodeName.teilziel, NodeName.massnahme])
const attributeKeys = ['code', 'zeitraum', 'status']

/**
 * What happened to every character, written by the simulation itself from what the document reads after
 * each update the hub accepted and who sent it: a character is identified by itself (the simulation never
 * types a character twice) and the block it stands in, so text the editor binding re-creates where it was
 * is the same character, and text a split or join carries into another block left one block and entered
 * another. Never derived from the change model.
 */
export class ChangeLedger {
  private time = 0
  private previous: LedgerReading = { textblocks: [], units: [], attributes: new Map() }
  private previousCounts = new Map<string, number>()
  private previousMarks = new Map<string, string>()
  private readonly counts = new Map<string, CountEvent[]>()
  private readonly marks = new Map<string, MarkEvent[]>()
  private readonly attributeEvents = new Map<string, MarkEvent[]>()
  /** Each Maßnahme's attributes when it last stood in the document: one that comes back (an offline session re-created it after another deleted it) is compared with them. */
  private readonly lastAttributes = new Map<string, Record<string, string>>()

  /** The number of updates recorded so far: a version is the state after that many. */
  get now(): number {
    return this.time
  }

  /** Records the document after an update `userId` sent. */
  record(ydoc: Y.Doc, userId: string) {
    this.time += 1
    const reading = readLedgerDocument(ydoc)
    const counts = new Map<string, number>()
    const marks = new Map<string, string>()
    for (const block of reading.textblocks) {
      for (let index = 0; index < block.text.length; index += 1) {
        const key = characterKey(block.text[index]!, block.id)
        counts.set(key, (counts.get(key) ?? 0) + 1)
        // Marks follow the character, not the block: one switched in a block the character then leaves for
        // another (a join) was switched by whoever switched it there.
        marks.set(block.text[index]!, block.marks[index]!)
      }
    }
    for (const key of new Set([...counts.keys(), ...this.previousCounts.keys()])) {
      const delta = (counts.get(key) ?? 0) - (this.previousCounts.get(key) ?? 0)
      if (delta !== 0) push(this.counts, key, { time: this.time, userId, delta })
    }
    for (const [key, markSet] of marks) {
      const before = this.previousMarks.get(key)
      if (before === undefined || before === markSet) continue
      const beforeNames = new Set(before ? before.split(',') : [])
      const afterNames = new Set(markSet ? markSet.split(',') : [])
      for (const name of new Set([...beforeNames, ...afterNames])) if (beforeNames.has(name) !== afterNames.has(name)) push(this.marks, `${key}|${name}`, { time: this.time, userId })
    }
    for (const [id, attributes] of reading.attributes) {
      const before = this.previous.attributes.get(id) ?? this.lastAttributes.get(id)
      for (const key of attributeKeys) if (before && before[key] !== attributes[key]) push(this.attributeEvents, `${id}|${key}`, { time: this.time, userId })
      this.lastAttributes.set(id, attributes)
    }
    this.previous = reading
    this.previousCounts = counts
    this.previousMarks = marks
  }

  /** How often the character stands in the block at version `time`. */
  countAt(character: string, blockId: string | null, time: number): number {
    let count = 0
    for (const event of this.counts.get(characterKey(character, blockId)) ?? []) if (event.time <= time) count += event.delta
    return count
  }

  /** Who put the character into the block last between the versions (it is new there in the newer one). */
  inserterBetween(character: string, blockId: string | null, older: number, newer: number): string | null {
    const events = (this.counts.get(characterKey(character, blockId)) ?? []).filter((event) => event.time > older && event.time <= newer && event.delta > 0)
    return events.at(-1)?.userId ?? null
  }

  /** Who took the character out of the block first between the versions (it is gone there in the newer one). */
  deleterBetween(character: string, blockId: string | null, older: number, newer: number): string | null {
    const events = (this.counts.get(characterKey(character, blockId)) ?? []).filter((event) => event.time > older && event.time <= newer && event.delta < 0)
    return events[0]?.userId ?? null
  }

  /** Everyone who switched the mark on the character between the versions, in whichever block it stood then. */
  markTogglersBetween(character: string, mark: string, older: number, newer: number): Set<string> {
    return new Set((this.marks.get(`${character}|${mark}`) ?? []).filter((event) => event.time > older && event.time <= newer).map((event) => event.userId))
  }

  /** Who last changed the Maßnahme attribute between the versions. */
  attributeChangerBetween(blockId: string, key: string, older: number, newer: number): string | null {
    const events = (this.attributeEvents.get(`${blockId}|${key}`) ?? []).filter((event) => event.time > older && event.time <= newer)
    return events.at(-1)?.userId ?? null
  }
}

/** Reads a document the way every reader does (the schema's sanitizing reader), as the ledger keeps it. */
export function readLedgerDocument(ydoc: Y.Doc): LedgerReading {
  return readLedgerNode(yDocToConceptNode(ydoc))
}

export function readLedgerNode(doc: ProseMirrorNode): LedgerReading {
  const reading: LedgerReading = { textblocks: [], units: [], attributes: new Map() }
  doc.descendants((node) => {
    const id = typeof node.attrs['id'] === 'string' ? (node.attrs['id'] as string) : null
    if (unitTypes.has(node.type.name) && id) reading.units.push(id)
    if (node.type.name === NodeName.massnahme && id) reading.attributes.set(id, Object.fromEntries(attributeKeys.map((key) => [key, String(node.attrs[key] ?? '')])))
    if (!node.isTextblock) return true
    const block: LedgerTextblock = { id, text: '', marks: [] }
    node.forEach((child) => {
      const text = child.isText ? child.text! : '\n'
      const markSet = child.marks.map((mark) => markNameOfFormat(mark.type.name)).sort().join(',')
      block.text += text
      for (let index = 0; index < text.length; index += 1) block.marks.push(markSet)
    })
    reading.textblocks.push(block)
    return false
  })
  return reading
}

function characterKey(character: string, blockId: string | null): string {
  return `${character}@${blockId ?? ''}`
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
