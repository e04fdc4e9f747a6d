import type { ChangeBlock, ChangeModel, ChangeRun } from '../../../shared/changes/ChangeModel'
import { NodeName } from '../../../shared/schema/nodeNames'
import { markNameOfFormat } from '../../../shared/schema/validation/getConceptSchemaRules'
import type { ChangeLedger, LedgerReading, LedgerTextblock } from './ChangeLedger'

const unitTypes = new Set<string>([NodeName.handlungsfeld, NodeName.oberziel, NodeName.teilziel, NodeName.massnahme])

export interface LedgerVersion {
  /** Updates the hub had accepted at this version. */
  time: number
  reading: LedgerReading
  label: string
}

/**
 * Checks a change model between two versions against the ledger: each side of the model reads exactly as
 * that version (text, marks, block order), every marked character is marked as the ledger has it and
 * credited to the ledger's author, no character the ledger has unchanged is marked, every mark change is
 * a format change by someone who switched that mark, every changed Maßnahme attribute is credited to
 * whoever changed it last. Returns the problems found (empty if none).
 */
export function checkChangeModel(model: ChangeModel, older: LedgerVersion, newer: LedgerVersion, ledger: ChangeLedger): string[] {
  const problems: string[] = []
  const pair = `${older.label} → ${newer.label}`
  for (const side of ['older', 'newer'] as const) {
    const expected = (side === 'older' ? older : newer).reading
    const actual = readModelSide(model, side)
    const expectedBlocks = expected.textblocks.map(describeTextblock)
    const actualBlocks = actual.textblocks.map(describeTextblock)
    if (JSON.stringify(expectedBlocks) !== JSON.stringify(actualBlocks)) problems.push(`${pair}: the ${side} side reads\n  ${actualBlocks.join('\n  ')}\nbut the ledger has\n  ${expectedBlocks.join('\n  ')}`)
    if (JSON.stringify(expected.units) !== JSON.stringify(actual.units)) problems.push(`${pair}: the ${side} side has the units ${actual.units.join(' ')} but the ledger ${expected.units.join(' ')}`)
  }
  // Concurrent re-creation can leave two blocks with one id: the ledger, which knows blocks by id, cannot tell their characters apart.
  const duplicated = new Set([older, newer].flatMap((version) => repeated([...version.reading.textblocks.map((block) => block.id ?? ''), ...version.reading.units])))
  const visit = (blocks: readonly ChangeBlock[], movedAway: boolean) => {
    for (const block of blocks) {
      const away = movedAway || (block.move !== undefined && block.status === 'deleted')
      for (const run of block.runs) if (!away && !duplicated.has(block.id ?? '')) problems.push(...checkRun(run, block.id, older, newer, ledger, pair))
      if (block.type === NodeName.massnahme && block.status !== 'deleted' && !away) problems.push(...checkAttributes(block, older, newer, ledger, pair))
      visit(block.children, away)
    }
  }
  visit(model.blocks, false)
  return problems
}

function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => {
    if (seen.has(id)) return true
    seen.add(id)
    return false
  })
}

function checkRun(run: ChangeRun, blockId: string | null, older: LedgerVersion, newer: LedgerVersion, ledger: ChangeLedger, pair: string): string[] {
  const problems: string[] = []
  for (const character of run.text) {
    const before = ledger.countAt(character, blockId, older.time)
    const after = ledger.countAt(character, blockId, newer.time)
    const where = `${pair}: "${character}" (U+${character.codePointAt(0)!.toString(16)}) in ${blockId} of "${run.text}"`
    if (run.status === 'unchanged') {
      if (before === 0 || after === 0) problems.push(`${where} is unchanged, the ledger has it ${before === 0 ? 'inserted' : 'deleted'}`)
      continue
    }
    if (run.status === 'inserted') {
      if (after <= before) {
        problems.push(`${where} is inserted, the ledger has it ${before > 0 ? 'unchanged' : 'absent'}`)
        continue
      }
      const author = ledger.inserterBetween(character, blockId, older.time, newer.time)
      if ((run.author?.userId ?? null) !== author) problems.push(`${where} is credited to ${run.author?.userId ?? 'nobody'} as inserted, the ledger has ${author}`)
      continue
    }
    if (before <= after) {
      problems.push(`${where} is deleted, the ledger has it ${after > 0 ? 'unchanged' : 'absent'}`)
      continue
    }
    const author = ledger.deleterBetween(character, blockId, older.time, newer.time)
    if ((run.author?.userId ?? null) !== author) problems.push(`${where} is credited to ${run.author?.userId ?? 'nobody'} as deleted, the ledger has ${author}`)
  }
  if (run.status === 'unchanged') {
    const olderMarks = markSet(run.olderMarks ?? run.marks)
    const newerMarks = markSet(run.marks)
    for (const name of new Set([...olderMarks, ...newerMarks])) {
      if (olderMarks.has(name) === newerMarks.has(name)) continue
      const change = run.formatChanges?.find((candidate) => candidate.mark === name && candidate.change === (newerMarks.has(name) ? 'added' : 'removed'))
      if (!change) {
        problems.push(`${pair}: "${run.text}" in ${blockId} changed ${name} without a format change`)
        continue
      }
      const togglers = new Set([...run.text].flatMap((character) => [...ledger.markTogglersBetween(character, name, older.time, newer.time)]))
      if (!togglers.has(change.author?.userId ?? '')) problems.push(`${pair}: ${name} on "${run.text}" in ${blockId} is credited to ${change.author?.userId ?? 'nobody'}, the ledger has ${[...togglers].join(', ') || 'nobody'}`)
    }
  }
  return problems
}

function checkAttributes(block: ChangeBlock, older: LedgerVersion, newer: LedgerVersion, ledger: ChangeLedger, pair: string): string[] {
  const problems: string[] = []
  if (!block.id) return problems
  const before = older.reading.attributes.get(block.id)
  const after = newer.reading.attributes.get(block.id)
  // Two Maßnahmen with one id (concurrent re-creation) leave the ledger no way to tell their values apart.
  const duplicated = (reading: LedgerReading) => reading.units.filter((id) => id === block.id).length > 1
  if (!before || !after || block.status !== 'unchanged' || duplicated(older.reading) || duplicated(newer.reading)) return problems
  for (const key of Object.keys(after)) {
    const change = block.attributeChanges.find((candidate) => candidate.key === key)
    if (before[key] === after[key]) {
      if (change) problems.push(`${pair}: Maßnahme ${block.id} lists a change of ${key} the ledger does not have`)
      continue
    }
    if (!change) {
      problems.push(`${pair}: Maßnahme ${block.id} changed ${key} (${before[key]} → ${after[key]}) without an attribute change`)
      continue
    }
    const author = ledger.attributeChangerBetween(block.id, key, older.time, newer.time)
    if ((change.author?.userId ?? null) !== author) problems.push(`${pair}: ${key} of Maßnahme ${block.id} is credited to ${change.author?.userId ?? 'nobody'}, the ledger has ${author}`)
  }
  return problems
}

/** One side of a change model read as a reader of that version would: its textblocks (with marks) and its units, in that version's order. */
export function readModelSide(model: ChangeModel, side: 'older' | 'newer'): LedgerReading {
  const reading: LedgerReading = { textblocks: [], units: [], attributes: new Map() }
  const hidden = side === 'older' ? 'inserted' : 'deleted'
  const visit = (blocks: readonly ChangeBlock[], olderOrder: readonly number[] | undefined) => {
    const order = side === 'older' && olderOrder ? olderOrder : blocks.map((_, index) => index)
    for (const index of order) {
      const block = blocks[index]!
      if (block.status === hidden) continue
      if (unitTypes.has(block.type) && block.id) reading.units.push(block.id)
      if (block.children.length === 0 && (block.runs.length > 0 || isTextblockType(block.type))) {
        const textblock: LedgerTextblock = { id: block.id, text: '', marks: [] }
        for (const run of block.runs) {
          if (run.status === hidden) continue
          const marks = [...markSet(side === 'older' ? (run.olderMarks ?? run.marks) : run.marks)].sort().join(',')
          textblock.text += run.text
          for (let index = 0; index < run.text.length; index += 1) textblock.marks.push(marks)
        }
        reading.textblocks.push(textblock)
        continue
      }
      visit(block.children, block.olderOrder)
    }
  }
  visit(model.blocks, model.olderOrder)
  return reading
}

const textblockTypes = new Set<string>([NodeName.paragraph, NodeName.heading, NodeName.handlungsfeldTitel])

function isTextblockType(type: string): boolean {
  return textblockTypes.has(type)
}

function markSet(marks: Record<string, unknown>): Set<string> {
  return new Set(Object.keys(marks).map(markNameOfFormat))
}

function describeTextblock(block: LedgerTextblock): string {
  const marked = [...block.text].map((character, index) => (block.marks[index] ? `${character}[${block.marks[index]}]` : character)).join('')
  return `${block.id}: ${marked}`
}
