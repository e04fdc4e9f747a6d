import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { getConceptSchema } from '../schema/getConceptSchema'
import { CONTENT_FRAGMENT, NodeName } from '../schema/nodeNames'
import { inspectConceptContent } from '../schema/validation/inspectConceptContent'
import { markForFormat } from '../schema/validation/markForFormat'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { yDocToConceptNode } from '../yjs/conceptConversions'
import type { AttributionIndex } from './AttributionIndex'
import { attributeChangeId, deletionChangeId, insertionChangeId, moveChangeId } from './changeIds'
import type { AttributeChange, ChangeAuthor, ChangeBlock, ChangeEntry, ChangeModel, ChangeRun, ChangeStatus, VersionLabel } from './ChangeModel'
import { assignLocations } from './assignLocations'
import { collectChangeEntries } from './collectChangeEntries'
import { isVisibleIn } from './isVisibleIn'
import { numberBlocksById } from './numberBlocksById'

export interface ChangeModelInput {
  /** A gc-free document whose history reaches at least to the newer version. It is not modified. */
  ydoc: Y.Doc
  from: { snapshot: Y.Snapshot; label: VersionLabel }
  to: { snapshot: Y.Snapshot; label: VersionLabel }
  attributions: AttributionIndex
}

interface WalkContext {
  from: Y.Snapshot
  to: Y.Snapshot
  attributions: AttributionIndex
  numbersFrom: Map<string, string>
  numbersTo: Map<string, string>
  /** What the schema does not allow, in either version: left out of the model. */
  skippedItems: ReadonlySet<Y.Item>
}

const ignoredAttributes = new Set(['id', 'ychange'])

/**
 * The one change model: the document between two versions with every block and text run marked
 * unchanged, inserted or deleted, attribute changes and moves marked too, each with the author and time
 * the server recorded. Computed from the Yjs items themselves, so it is exact: text that stood in the
 * older version is never marked, text that is new always is. Content the schema does not allow (stored by an
 * older version of the server) is left out, as every reader leaves it out.
 */
export function computeChangeModel(input: ChangeModelInput): ChangeModel {
  // Work on a copy: reading with snapshots splits items, which must not touch a live document.
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(input.ydoc))
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  const context: WalkContext = {
    from: input.from.snapshot,
    to: input.to.snapshot,
    attributions: input.attributions,
    numbersFrom: numberBlocksById(yDocToConceptNode(Y.createDocFromSnapshot(ydoc, input.from.snapshot))),
    numbersTo: numberBlocksById(yDocToConceptNode(Y.createDocFromSnapshot(ydoc, input.to.snapshot))),
    skippedItems: inspectConceptContent(fragment, { includeDeleted: true }).skippedItems,
  }
  const blocks = walkBlocks(fragment, context, false)
  markMoves(blocks)
  for (const block of blocks) recomputeChanged(block)
  assignLocations(blocks)
  return { from: input.from.label, to: input.to.label, blocks, changes: collectChangeEntries(blocks) }
}

function walkBlocks(parent: Y.XmlFragment | Y.XmlElement, context: WalkContext, insideChangedBlock: boolean): ChangeBlock[] {
  const blocks: ChangeBlock[] = []
  for (let item = parent._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType) || context.skippedItems.has(item)) continue
    const type = item.content.type
    if (!(type instanceof Y.XmlElement)) continue
    const status = statusOf(item, context)
    if (status === null) continue
    blocks.push(walkElement(item, type, status, context, insideChangedBlock))
  }
  return blocks
}

function walkElement(item: Y.Item, element: Y.XmlElement, status: ChangeStatus, context: WalkContext, insideChangedBlock: boolean): ChangeBlock {
  const versionAttributes = sanitizeAttributes(element.nodeName, element.getAttributes(status === 'deleted' ? context.from : context.to)).valid
  const attributes = stripIgnored(versionAttributes)
  const id = typeof versionAttributes['id'] === 'string' ? versionAttributes['id'] : null
  const wholeBlockChange = status !== 'unchanged' && !insideChangedBlock
  const block: ChangeBlock = {
    id,
    type: element.nodeName,
    status,
    attributes,
    attributeChanges: status === 'unchanged' ? compareAttributes(item, element, context) : [],
    changed: status !== 'unchanged',
    children: [],
    runs: [],
  }
  if (wholeBlockChange) {
    const ranges: ItemRange[] = [[item.id.client, item.id.clock, 1]]
    block.changeId = status === 'inserted' ? insertionChangeId(ranges) : deletionChangeId(ranges)
    block.ranges = ranges
    block.author = authorOf(item, status, context)
  }
  if (id) {
    const numberFrom = context.numbersFrom.get(id) ?? null
    const numberTo = context.numbersTo.get(id) ?? null
    if (numberFrom !== null || numberTo !== null) block.number = { from: numberFrom, to: numberTo }
  }
  if (getConceptSchema().nodes[element.nodeName]?.isTextblock) {
    block.runs = walkInline(element, context, insideChangedBlock || status !== 'unchanged')
  } else {
    block.children = walkBlocks(element, context, insideChangedBlock || status !== 'unchanged')
  }
  block.changed ||= block.attributeChanges.length > 0 || block.runs.some((run) => run.status !== 'unchanged') || block.children.some((child) => child.changed)
  return block
}

function walkInline(element: Y.XmlElement, context: WalkContext, insideChangedBlock: boolean): ChangeRun[] {
  const builder = new RunBuilder(insideChangedBlock)
  for (let item = element._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType) || context.skippedItems.has(item)) continue
    const type = item.content.type
    if (type instanceof Y.XmlText) {
      walkText(type, context, builder)
      continue
    }
    if (type instanceof Y.XmlElement) {
      // Inline nodes such as hard breaks become a line break in the text.
      const status = statusOf(item, context)
      if (status !== null) builder.add('\n', status, {}, item, authorOf(item, status, context))
    }
  }
  return builder.finish()
}

function walkText(text: Y.XmlText, context: WalkContext, builder: RunBuilder) {
  const marksFrom: Record<string, unknown> = {}
  const marksTo: Record<string, unknown> = {}
  for (let item = text._start; item !== null; item = item.right) {
    const inFrom = isVisibleIn(item, context.from)
    const inTo = isVisibleIn(item, context.to)
    if (item.content instanceof Y.ContentFormat) {
      const { key, value } = item.content
      // A mark the schema does not allow is no formatting at all: it ends whatever stood under its key.
      const allowedValue = markForFormat(key, value) ? value : null
      if (inFrom) setMark(marksFrom, key, allowedValue)
      if (inTo) setMark(marksTo, key, allowedValue)
      continue
    }
    if (!(item.content instanceof Y.ContentString) || (!inFrom && !inTo)) continue
    const status: ChangeStatus = inFrom && inTo ? 'unchanged' : inTo ? 'inserted' : 'deleted'
    builder.add(item.content.str, status, status === 'deleted' ? { ...marksFrom } : { ...marksTo }, item, authorOf(item, status, context))
  }
}

function setMark(marks: Record<string, unknown>, key: string, value: unknown) {
  if (value === null) delete marks[key]
  else marks[key] = value
}

/** Collects text into runs; neighbours with the same status, author and marks become one run. */
class RunBuilder {
  private readonly runs: (ChangeRun & { ranges: ItemRange[] })[] = []

  constructor(private readonly insideChangedBlock: boolean) {}

  add(text: string, status: ChangeStatus, marks: Record<string, unknown>, item: Y.Item, author: ChangeAuthor | null) {
    const last = this.runs.at(-1)
    const marksKey = JSON.stringify(marks)
    if (last && last.status === status && (last.author?.userId ?? null) === (author?.userId ?? null) && JSON.stringify(last.marks) === marksKey) {
      last.text += text
      const lastRange = last.ranges.at(-1)
      if (lastRange && lastRange[0] === item.id.client && lastRange[1] + lastRange[2] === item.id.clock) lastRange[2] += item.length
      else last.ranges.push([item.id.client, item.id.clock, item.length])
      return
    }
    this.runs.push({ text, status, marks, author: status === 'unchanged' ? undefined : author, ranges: [[item.id.client, item.id.clock, item.length]] })
  }

  finish(): ChangeRun[] {
    collapseRestorations(this.runs)
    return this.runs.map((run) => {
      if (run.status === 'unchanged' || this.insideChangedBlock) return run
      return { ...run, changeId: run.status === 'inserted' ? insertionChangeId(run.ranges) : deletionChangeId(run.ranges) }
    })
  }
}

/**
 * A deleted run right next to an inserted run with the same text is a restoration (a rejected deletion
 * writes the text anew): relative to the older version nothing changed there.
 */
function collapseRestorations(runs: (ChangeRun & { ranges: ItemRange[] })[]) {
  for (let index = 0; index + 1 < runs.length; index += 1) {
    const first = runs[index]!
    const second = runs[index + 1]!
    const pair = new Set([first.status, second.status])
    if (!pair.has('inserted') || !pair.has('deleted') || first.text !== second.text) continue
    const kept = first.status === 'deleted' ? first : second
    kept.status = 'unchanged'
    delete kept.author
    runs.splice(runs.indexOf(kept === first ? second : first), 1)
    const previous = runs[index - 1]
    const next = runs[index + 1]
    // Re-merge with unchanged neighbours of the same marks.
    if (next && next.status === 'unchanged' && JSON.stringify(next.marks) === JSON.stringify(kept.marks)) {
      kept.text += next.text
      runs.splice(index + 1, 1)
    }
    if (previous && previous.status === 'unchanged' && JSON.stringify(previous.marks) === JSON.stringify(kept.marks)) {
      previous.text += kept.text
      runs.splice(index, 1)
      index -= 1
    }
  }
}

function compareAttributes(item: Y.Item, element: Y.XmlElement, context: WalkContext): AttributeChange[] {
  // Absent (or removed as invalid) reads as the schema's default, as ProseMirror reads it; the editor binding writes the default on its next edit.
  const defaults = defaultAttributes(element.nodeName)
  const before = stripIgnored({ ...defaults, ...sanitizeAttributes(element.nodeName, element.getAttributes(context.from)).valid })
  const after = stripIgnored({ ...defaults, ...sanitizeAttributes(element.nodeName, element.getAttributes(context.to)).valid })
  const changes: AttributeChange[] = []
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue
    changes.push({
      changeId: attributeChangeId(item.id.client, item.id.clock, key),
      key,
      from: before[key] ?? null,
      to: after[key] ?? null,
      author: attributeAuthor(element, key, context),
      ranges: [[item.id.client, item.id.clock, 1]],
    })
  }
  return changes
}

function defaultAttributes(nodeName: string): Record<string, unknown> {
  const specs = getConceptSchema().nodes[nodeName]?.spec.attrs ?? {}
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, (spec as { default?: unknown }).default ?? null]))
}

/** The author of the attribute value valid in the newer version (or of its removal). */
function attributeAuthor(element: Y.XmlElement, key: string, context: WalkContext): ChangeAuthor | null {
  let entry: Y.Item | null = element._map.get(key) ?? null
  while (entry !== null && entry.id.clock >= (context.to.sv.get(entry.id.client) ?? 0)) entry = entry.left
  if (entry === null) return null
  if (Y.isDeleted(context.to.ds, entry.id)) return context.attributions.deletedBy(entry.id.client, entry.id.clock)
  return context.attributions.insertedBy(entry.id.client, entry.id.clock)
}

function statusOf(item: Y.Item, context: WalkContext): ChangeStatus | null {
  const inFrom = isVisibleIn(item, context.from)
  const inTo = isVisibleIn(item, context.to)
  if (inFrom && inTo) return 'unchanged'
  if (inTo) return 'inserted'
  if (inFrom) return 'deleted'
  return null
}

function authorOf(item: Y.Item, status: ChangeStatus, context: WalkContext): ChangeAuthor | null {
  if (status === 'inserted') return context.attributions.insertedBy(item.id.client, item.id.clock)
  if (status === 'deleted') return context.attributions.deletedBy(item.id.client, item.id.clock)
  return null
}

function stripIgnored(attributes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(attributes)) if (!ignoredAttributes.has(key) && value !== undefined) result[key] = value
  return result
}

/**
 * A block deleted in one place and inserted with the same id in another was moved (Yjs moves by copying).
 * The pair then counts as one move; if the text is unchanged, the copy's text is not marked as new.
 */
function markMoves(blocks: ChangeBlock[]) {
  interface Placed {
    block: ChangeBlock
    location: string
    siblings: ChangeBlock[]
  }
  const inserted = new Map<string, Placed>()
  const deleted = new Map<string, Placed>()
  const visit = (list: ChangeBlock[], location: string) => {
    for (const block of list) {
      if (block.id && block.changeId && block.status === 'inserted') inserted.set(block.id, { block, location, siblings: list })
      if (block.id && block.changeId && block.status === 'deleted') deleted.set(block.id, { block, location, siblings: list })
      visit(block.children, block.type === NodeName.handlungsfeld ? describeHandlungsfeld(block) : location)
    }
  }
  visit(blocks, 'Dokumentanfang')
  for (const [id, target] of inserted) {
    const source = deleted.get(id)
    if (!source) continue
    const sameText = plainText(source.block) === plainText(target.block)
    if (sameText) markUnchangedInside(target.block)
    // Deleted and written anew at the same place with the same text: a restored block, not a change.
    if (sameText && source.location === target.location) {
      target.block.status = 'unchanged'
      delete target.block.changeId
      delete target.block.author
      target.block.changed = false
      source.siblings.splice(source.siblings.indexOf(source.block), 1)
      continue
    }
    const move = { changeId: moveChangeId(id), from: source.location, to: target.location, author: target.block.author ?? null, ranges: [...(source.block.ranges ?? []), ...(target.block.ranges ?? [])] }
    target.block.move = move
    source.block.move = move
  }
}

function recomputeChanged(block: ChangeBlock): boolean {
  const childChanged = block.children.map(recomputeChanged).some(Boolean)
  block.changed = block.status !== 'unchanged' || block.move !== undefined || block.attributeChanges.length > 0 || block.runs.some((run) => run.status !== 'unchanged') || childChanged
  return block.changed
}

function describeHandlungsfeld(block: ChangeBlock): string {
  const title = block.children.find((child) => child.type === NodeName.handlungsfeldTitel)
  const titleText = title ? title.runs.filter((run) => run.status !== 'deleted').map((run) => run.text).join('') : ''
  const number = block.number?.to ?? block.number?.from ?? ''
  return `${number} ${titleText}`.trim()
}

function plainText(block: ChangeBlock): string {
  return block.runs.map((run) => run.text).join('') + block.children.map(plainText).join('\n')
}

function markUnchangedInside(block: ChangeBlock) {
  for (const run of block.runs) {
    run.status = 'unchanged'
    delete run.author
    delete run.changeId
  }
  for (const child of block.children) {
    child.status = 'unchanged'
    child.changed = false
    markUnchangedInside(child)
  }
}

export type { ChangeEntry }
