import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { AllSelection, NodeSelection, TextSelection, type Selection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { NodeName } from '../../../../shared/schema/nodeNames'
import { massnahmeFieldNames } from '../../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldNames } from '../../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import { findConceptRepairs } from '../../../../shared/schema/repair/findConceptRepairs'
import { yDocToConceptJson } from '../../../../shared/yjs/conceptConversions'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { findNode } from '../../../utils/findNode'
import { findTextblock } from '../../../utils/findTextblock'
import { createStructureSafeEditingConcept } from '../../../utils/createStructureSafeEditingConcept'

const blockNames = new Set<string>([NodeName.handlungsfeld, NodeName.oberziel, NodeName.teilziel, NodeName.massnahme])

/** The position `offset` characters into the (unique) text `needle`. */
const at = (doc: ProseMirrorNode, needle: string, offset: number) => findTextblock(doc, needle).textStart + offset
const between = (from: [string, number], to: [string, number]) => (doc: ProseMirrorNode) => TextSelection.create(doc, at(doc, ...from), at(doc, ...to))

interface SelectionShape {
  name: string
  select: (doc: ProseMirrorNode) => Selection
  /** A block selected as a whole, where Enter adds a paragraph beside it rather than replacing it. */
  wholeBlock?: boolean
}

const shapes: SelectionShape[] = [
  { name: 'within a field', select: between(['Ziel eins wird erreicht.', 5], ['Ziel eins wird erreicht.', 15]) },
  { name: 'within a field, across its paragraphs', select: between(['Aufgabe eins beraten.', 8], ['Aufgabe eins begleiten.', 8]) },
  { name: 'across the fields of one Teilziel (Teilziel text into Beispielhafte Aktivitäten)', select: between(['Ziel eins wird erreicht.', 5], ['Aktivität eins A.', 10]) },
  { name: 'across two Teilziele', select: between(['Aktivität eins B.', 3], ['Gruppe zwei Kinder.', 6]) },
  { name: 'from a Teilziel into a Maßnahme', select: between(['Verantwortlich zwei Fachdienst.', 4], ['Maßnahme eins Sprachkurs.', 9]) },
  { name: 'from a Teilziel over a whole Maßnahme into the text after it', select: between(['Verantwortlich zwei Fachdienst.', 4], ['Text nach der Maßnahme.', 5]) },
  { name: 'from a Handlungsfeld into the next one’s title (its heading)', select: between(['Text nach der Maßnahme.', 5], ['Arbeit und Ausbildung', 7]) },
  { name: 'across the Handlungsfeld boundary into the next Oberziel', select: between(['Text nach der Maßnahme.', 5], ['Oberziel Arbeit für alle.', 8]) },
  { name: 'from an Oberziel into a Teilziel', select: between(['Oberziel Arbeit für alle.', 3], ['Ziel drei wird erreicht.', 4]) },
  { name: 'from a Teilziel into a sub-section', select: between(['Verantwortlich drei Fachdienst.', 3], ['Text im Unterabschnitt.', 4]) },
  { name: 'from the introduction into the first Teilziel', select: between(['Einleitung des Konzepts.', 4], ['Aufgabe eins beraten.', 4]) },
  { name: 'a whole Maßnahme between two paragraphs', select: between(['Text zwischen Teilziel und Maßnahme.', 5], ['Text nach der Maßnahme.', 5]) },
  { name: 'a whole Teilziel as a block (node selection)', select: (doc) => NodeSelection.create(doc, findNode(doc, (node) => node.type.name === NodeName.teilziel, 1).position), wholeBlock: true },
  { name: 'everything (select all)', select: (doc) => new AllSelection(doc), wholeBlock: true },
]

interface Operation {
  name: string
  /** Only for text selections. */
  textSelectionsOnly?: boolean
  /** The text that takes the selection's place. */
  inserted: string
  run: (bound: YjsBoundEditor) => void
}

const operations: Operation[] = [
  { name: 'Delete (Entf)', inserted: '', run: (bound) => expect(bound.pressKey('Delete')).toBe(true) },
  { name: 'Backspace', inserted: '', run: (bound) => expect(bound.pressKey('Backspace')).toBe(true) },
  { name: 'Strg+Backspace', inserted: '', run: (bound) => expect(bound.pressKey('Backspace', { ctrl: true })).toBe(true) },
  { name: 'Enter', inserted: '', textSelectionsOnly: true, run: (bound) => expect(bound.pressKey('Enter')).toBe(true) },
  { name: 'typing over it', inserted: 'Neu', run: (bound) => bound.type('Neu') },
  {
    name: 'cut',
    inserted: '',
    run: (bound) => {
      const { from, to } = bound.editor.state.selection
      const expected = bound.editor.state.doc.textBetween(from, to, '\n\n')
      expect(bound.cut().text).toBe(expected)
    },
  },
  {
    name: 'paste over it',
    inserted: 'Eingefügt',
    run: (bound) => {
      const { schema } = bound.editor
      bound.paste(new Slice(Fragment.from(schema.nodes[NodeName.paragraph]!.create(null, schema.text('Eingefügt'))), 1, 1))
    },
  },
]

/** The blocks (Handlungsfelder, Oberziele, Teilziele, Maßnahmen) by id with their fields by id, in document order. */
function skeleton(doc: ProseMirrorNode): string[] {
  const blocks: string[] = []
  doc.descendants((node) => {
    if (!blockNames.has(node.type.name)) return !node.isTextblock
    const children: string[] = []
    node.forEach((child) => {
      if (child.type.name !== NodeName.paragraph && !blockNames.has(child.type.name)) children.push(`${child.type.name}#${String(child.attrs['id'])}`)
    })
    blocks.push(`${node.type.name}#${String(node.attrs['id'])}(${children.join(',')})`)
    return true
  })
  return blocks
}

/** The skeleton without the blocks the selection covers completely. */
function expectedSkeleton(doc: ProseMirrorNode, from: number, to: number): string[] {
  const removed = new Set<string>()
  doc.descendants((node, position) => {
    if (blockNames.has(node.type.name) && position >= from && position + node.nodeSize <= to) removed.add(String(node.attrs['id']))
    return !node.isTextblock
  })
  return skeleton(doc).filter((entry) => !removed.has(entry.slice(entry.indexOf('#') + 1, entry.indexOf('('))))
}

function expectWellFormed(doc: ProseMirrorNode): void {
  doc.descendants((node) => {
    const names: string[] = []
    node.forEach((child) => names.push(child.type.name))
    if (node.type.name === NodeName.teilziel) expect(names).toEqual(teilzielFieldNames)
    if (node.type.name === NodeName.massnahme) expect(names).toEqual(massnahmeFieldNames)
    if (node.type.name === NodeName.handlungsfeld) {
      expect(names[0]).toBe(NodeName.handlungsfeldTitel)
      expect(names.filter((name) => name === NodeName.handlungsfeldTitel)).toHaveLength(1)
    }
    return !node.isTextblock
  })
  expect(findConceptRepairs(doc, doc.type.schema)).toEqual([])
}

const allText = (doc: ProseMirrorNode) => doc.textBetween(0, doc.content.size, '')

describe('structure-safe editing: every selection shape with every operation, through Yjs', () => {
  let bound: YjsBoundEditor | undefined
  let ydoc: Y.Doc | undefined

  afterEach(() => {
    bound?.destroy()
    ydoc?.destroy()
  })

  for (const shape of shapes) {
    for (const operation of operations) {
      if (operation.textSelectionsOnly && shape.wholeBlock) continue
      it(`${operation.name}: ${shape.name}`, () => {
        ydoc = createStructureSafeEditingConcept()
        bound = createYjsBoundEditor(ydoc)
        const { editor } = bound
        bound.select(shape.select)
        const before = editor.state.doc
        const beforeJson = editor.getJSON()
        const { from, to } = editor.state.selection
        const textBefore = allText(before)
        const keptBefore = before.textBetween(0, from, '').length
        const keptAfter = keptBefore + before.textBetween(from, to, '').length
        bound.stopCapturing()

        operation.run(bound)

        const after = editor.state.doc
        expect(allText(after)).toBe(textBefore.slice(0, keptBefore) + operation.inserted + textBefore.slice(keptAfter))
        expect(skeleton(after)).toEqual(expectedSkeleton(before, from, to))
        expectWellFormed(after)
        const afterJson = editor.getJSON()
        expect(yDocToConceptJson(ydoc)).toEqual(afterJson)

        expect(bound.undoManager.undoStack).toHaveLength(1)
        expect(editor.commands.undo()).toBe(true)
        expect(editor.getJSON()).toEqual(beforeJson)
        expect(yDocToConceptJson(ydoc)).toEqual(beforeJson)
        expect(editor.commands.redo()).toBe(true)
        expect(editor.getJSON()).toEqual(afterJson)
        expect(yDocToConceptJson(ydoc)).toEqual(afterJson)
      })
    }
  }
})
