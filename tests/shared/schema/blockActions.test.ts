import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { canPlaceBlockAt } from '../../../shared/schema/commands/canPlaceBlockAt'
import { deleteBlock } from '../../../shared/schema/commands/deleteBlock'
import { describeBlock } from '../../../shared/schema/commands/describeBlock'
import { duplicateBlock } from '../../../shared/schema/commands/duplicateBlock'
import { findBlockStepTarget } from '../../../shared/schema/commands/findBlockStepTarget'
import { findHandlungsfeldTarget } from '../../../shared/schema/commands/findHandlungsfeldTarget'
import { findMovableBlockAround } from '../../../shared/schema/commands/findMovableBlock'
import { findMovableBlockById } from '../../../shared/schema/commands/findMovableBlockById'
import { listHandlungsfelder } from '../../../shared/schema/commands/listHandlungsfelder'
import { moveBlock } from '../../../shared/schema/commands/moveBlock'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { NodeName } from '../../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { findNode } from '../../utils/findNode'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'

const schema = getConceptSchema()

function createState(): EditorState {
  return EditorState.create({ schema, doc: normalizeConceptDocument(schema.nodeFromJSON(smallConceptJson)) })
}

/** The document's outline as the test reads it: every Handlungsfeld with its blocks, by name and first words. */
function outline(doc: ProseMirrorNode): string[] {
  const lines: string[] = []
  const visit = (node: ProseMirrorNode, indent: string) => {
    node.forEach((child) => {
      if (child.type.name === NodeName.handlungsfeld) {
        lines.push(`${indent}HF ${child.firstChild?.textContent ?? ''}`)
        visit(child, `${indent}  `)
      } else if (child.type.name !== NodeName.handlungsfeldTitel) {
        lines.push(`${indent}${child.type.name}: ${child.textContent.split(' ').slice(0, 2).join(' ')}`)
      }
    })
  }
  visit(doc, '')
  return lines
}

const blockStartingWith = (doc: ProseMirrorNode, type: string, text: string) => findNode(doc, (node) => node.type.name === type && node.textContent.startsWith(text))
const handlungsfeldTitled = (doc: ProseMirrorNode, title: string) => findNode(doc, (node) => node.type.name === NodeName.handlungsfeld && node.firstChild?.textContent === title)

function ids(node: ProseMirrorNode): string[] {
  const found: string[] = []
  node.descendants((child) => {
    if (typeof child.attrs['id'] === 'string') found.push(child.attrs['id'])
  })
  if (typeof node.attrs['id'] === 'string') found.unshift(node.attrs['id'])
  return found
}

function apply(state: EditorState, build: (tr: Transaction) => unknown): EditorState {
  const tr = state.tr
  build(tr)
  return state.apply(tr)
}

const before = ['heading: Handlungsfelder', 'HF Bildung', '  oberziel: Alle Kinder', '  teilziel: Die Betreuung', '  teilziel: Die Sprachförderung', 'HF Arbeit', '  massnahme: Sprachstand feststellenKitas']

describe('block actions as transactions on the concept schema', () => {
  it('Nach oben and Nach unten swap a Teilziel with its neighbour, keeping the node, its id and the caret inside it', () => {
    const state = createState()
    expect(outline(state.doc)).toEqual(before)
    const second = blockStartingWith(state.doc, NodeName.teilziel, 'Die Sprachförderung')
    const caret = findTextblock(state.doc, 'Die Sprachförderung').textStart + 4
    const withCaret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, caret)))
    expect(findMovableBlockAround(withCaret.selection.$from)?.position).toBe(second.position)

    const target = findBlockStepTarget(withCaret.doc, second.position, 'up')
    expect(target).not.toBeNull()
    let moved: number | null = null
    const after = apply(withCaret, (tr) => (moved = moveBlock(tr, second.position, target!)))
    expect(outline(after.doc)).toEqual([before[0], before[1], before[2], before[4], before[3], before[5], before[6]])
    expect(after.doc.nodeAt(moved!)!.eq(second.node)).toBe(true)
    expect(after.selection.$from.parent.textContent.startsWith('Die Sprachförderung')).toBe(true)
    expect(after.selection.from - moved!).toBe(caret - second.position)

    const back = apply(after, (tr) => moveBlock(tr, moved!, findBlockStepTarget(after.doc, moved!, 'down')!))
    expect(back.doc.eq(state.doc)).toBe(true)
  })

  it('a block never passes its Handlungsfeld’s title: at the edge it goes on into the neighbouring Handlungsfeld, a Handlungsfeld stays', () => {
    const state = createState()
    const oberziel = blockStartingWith(state.doc, NodeName.oberziel, 'Alle Kinder')
    // Up from the first place of the first Handlungsfeld: nowhere to go.
    expect(findBlockStepTarget(state.doc, oberziel.position, 'up')).toBeNull()
    expect(canPlaceBlockAt(state.doc, oberziel.node, oberziel.position, oberziel.position - 1)).toBe(false)

    const massnahme = blockStartingWith(state.doc, NodeName.massnahme, 'Sprachstand')
    const up = apply(state, (tr) => moveBlock(tr, massnahme.position, findBlockStepTarget(state.doc, massnahme.position, 'up')!))
    expect(outline(up.doc)).toEqual([...before.slice(0, 5), '  massnahme: Sprachstand feststellenKitas', 'HF Arbeit'])

    const teilziel = blockStartingWith(state.doc, NodeName.teilziel, 'Die Sprachförderung')
    const down = apply(state, (tr) => moveBlock(tr, teilziel.position, findBlockStepTarget(state.doc, teilziel.position, 'down')!))
    expect(outline(down.doc)).toEqual([...before.slice(0, 4), 'HF Arbeit', '  teilziel: Die Sprachförderung', '  massnahme: Sprachstand feststellenKitas'])

    const arbeit = handlungsfeldTitled(state.doc, 'Arbeit')
    expect(findBlockStepTarget(state.doc, arbeit.position, 'down')).toBeNull()
    const swapped = apply(state, (tr) => moveBlock(tr, arbeit.position, findBlockStepTarget(state.doc, arbeit.position, 'up')!))
    expect(outline(swapped.doc)).toEqual([before[0], before[5], before[6], ...before.slice(1, 5)])
  })

  it('Verschieben nach …: a Teilziel joins the Handlungsfeld before its sub-sections, a Handlungsfeld becomes the last sub-section, never into itself', () => {
    const state = createState()
    const arbeit = handlungsfeldTitled(state.doc, 'Arbeit')
    const bildung = handlungsfeldTitled(state.doc, 'Bildung')
    const nested = apply(state, (tr) => moveBlock(tr, arbeit.position, findHandlungsfeldTarget(state.doc, arbeit.position, bildung.position)!))
    expect(outline(nested.doc)).toEqual([...before.slice(0, 5), '  HF Arbeit', '    massnahme: Sprachstand feststellenKitas'])
    expect(listHandlungsfelder(nested.doc, handlungsfeldTitled(nested.doc, 'Bildung').position).map(({ number, title, depth, available }) => ({ number, title, depth, available }))).toEqual([
      { number: '1.1', title: 'Bildung', depth: 0, available: false },
      { number: '1.1.1', title: 'Arbeit', depth: 1, available: false },
    ])

    const teilziel = blockStartingWith(nested.doc, NodeName.teilziel, 'Die Betreuung')
    const choices = listHandlungsfelder(nested.doc, teilziel.position)
    expect(choices.map((choice) => choice.available)).toEqual([false, true])
    const moved = apply(nested, (tr) => moveBlock(tr, teilziel.position, findHandlungsfeldTarget(nested.doc, teilziel.position, choices[1]!.position)!))
    expect(outline(moved.doc)).toEqual([before[0], before[1], before[2], before[4], '  HF Arbeit', '    massnahme: Sprachstand feststellenKitas', '    teilziel: Die Betreuung'])
    expect(describeBlock(moved.doc, blockStartingWith(moved.doc, NodeName.teilziel, 'Die Betreuung').position)).toBe('Teilziel 1 in 1.1.1')

    // Back into Bildung: before the sub-section 1.1.1, so it is a Teilziel of 1.1 again.
    const back = blockStartingWith(moved.doc, NodeName.teilziel, 'Die Betreuung')
    const returned = apply(moved, (tr) => moveBlock(tr, back.position, findHandlungsfeldTarget(moved.doc, back.position, handlungsfeldTitled(moved.doc, 'Bildung').position)!))
    expect(outline(returned.doc)).toEqual([before[0], before[1], before[2], before[4], '  teilziel: Die Betreuung', '  HF Arbeit', '    massnahme: Sprachstand feststellenKitas'])
  })

  it('a block dropped into a field, a list or before a title is refused and the document stays as it was', () => {
    const state = createState()
    const teilziel = blockStartingWith(state.doc, NodeName.teilziel, 'Die Betreuung')
    const insideField = findTextblock(state.doc, 'Sprachstand feststellen').textStart - 1
    const beforeTitle = handlungsfeldTitled(state.doc, 'Arbeit').position + 1
    const insideItself = teilziel.position + 1
    for (const target of [insideField, beforeTitle, insideItself]) {
      const tr = state.tr
      expect(moveBlock(tr, teilziel.position, target)).toBeNull()
      expect(tr.docChanged).toBe(false)
    }
  })

  it('a block is found again by its id after an edit before it moved it, and not at all once it is deleted', () => {
    const state = createState()
    const teilziel = blockStartingWith(state.doc, NodeName.teilziel, 'Die Sprachförderung')
    const id = String(teilziel.node.attrs['id'])
    const oberziel = blockStartingWith(state.doc, NodeName.oberziel, 'Alle Kinder')
    const shifted = apply(state, (tr) => deleteBlock(tr, oberziel.position))
    const found = findMovableBlockById(shifted.doc, id, teilziel.position)
    expect(found?.position).toBe(teilziel.position - oberziel.node.nodeSize)
    expect(found?.node.eq(teilziel.node)).toBe(true)
    const removed = apply(shifted, (tr) => deleteBlock(tr, found!.position))
    expect(findMovableBlockById(removed.doc, id, found!.position)).toBeNull()
  })

  it('Duplizieren puts a copy right after the block with new ids throughout, Löschen removes the block whole', () => {
    const state = createState()
    const teilziel = blockStartingWith(state.doc, NodeName.teilziel, 'Die Betreuung')
    let copyPosition: number | null = null
    const duplicated = apply(state, (tr) => (copyPosition = duplicateBlock(tr, teilziel.position)))
    expect(outline(duplicated.doc)).toEqual([...before.slice(0, 4), before[3], ...before.slice(4)])
    const copy = duplicated.doc.nodeAt(copyPosition!)!
    expect(stripIds(copy.toJSON())).toEqual(stripIds(teilziel.node.toJSON()))
    const copyIds = ids(copy)
    expect(copyIds).toHaveLength(ids(teilziel.node).length)
    expect(new Set([...copyIds, ...ids(duplicated.doc)]).size).toBe(ids(duplicated.doc).length)
    expect(copyIds.some((id) => ids(state.doc).includes(id))).toBe(false)
    expect(duplicated.selection.$from.node(-1).type.name).toBe(NodeName.teilzielZiel)
    expect(describeBlock(duplicated.doc, copyPosition!)).toBe('Teilziel 2 in 1.1')

    const deleted = apply(duplicated, (tr) => deleteBlock(tr, copyPosition!))
    expect(deleted.doc.eq(state.doc)).toBe(true)
  })
})

function stripIds(json: JSONContent): JSONContent {
  return JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'id' ? undefined : value))) as JSONContent
}
