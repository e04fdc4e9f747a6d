import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Fragment, Slice } from '@tiptap/pm/model'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { NodeName } from '../../../../shared/schema/nodeNames'
import { teilzielFieldNames } from '../../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import { findConceptRepairs } from '../../../../shared/schema/repair/findConceptRepairs'
import { createStructureSafeEditingConcept } from '../../../utils/createStructureSafeEditingConcept'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { findNode } from '../../../utils/findNode'
import { findTextblock } from '../../../utils/findTextblock'

const at = (doc: ProseMirrorNode, needle: string, offset: number) => findTextblock(doc, needle).textStart + offset
const teilziel = (doc: ProseMirrorNode, occurrence: number) => findNode(doc, (node) => node.type.name === NodeName.teilziel, occurrence).node
const fieldIds = (node: ProseMirrorNode) => {
  const ids: unknown[] = [node.attrs['id']]
  node.forEach((field) => ids.push(field.attrs['id']))
  return ids
}
const fieldNames = (node: ProseMirrorNode) => {
  const names: string[] = []
  node.forEach((field) => names.push(field.type.name))
  return names
}
const allIds = (doc: ProseMirrorNode) => {
  const ids: string[] = []
  doc.descendants((node) => {
    if (typeof node.attrs['id'] === 'string') ids.push(node.attrs['id'])
    return !node.isTextblock
  })
  return ids
}

describe('pasting and dropping keep fields whole', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  const open = () => {
    bound = createYjsBoundEditor(createStructureSafeEditingConcept())
    return bound
  }

  it('pastes text cut across the fields of one Teilziel into a field of another as paragraphs of that field, in one undo step', () => {
    const { editor, ...actions } = open()
    actions.select((doc) => TextSelection.create(doc, at(doc, 'Ziel eins wird erreicht.', 5), at(doc, 'Aktivität eins A.', 10)))
    const clipboard = actions.cut()
    const third = teilziel(editor.state.doc, 2)
    actions.select((doc) => TextSelection.create(doc, at(doc, 'Gruppe drei Kinder.', 7)))
    const before = editor.getJSON()
    actions.stopCapturing()

    actions.paste(clipboard)

    const pasted = teilziel(editor.state.doc, 2)
    expect(fieldIds(pasted)).toEqual(fieldIds(third))
    expect(fieldNames(pasted)).toEqual(teilzielFieldNames)
    const zielgruppe = pasted.child(2)
    const blocks: string[] = []
    zielgruppe.forEach((block) => blocks.push(`${block.type.name}:${block.textContent}`))
    expect(blocks).toEqual([
      'paragraph:Gruppe eins wird erreicht.',
      'paragraph:Aufgabe eins beraten.',
      'paragraph:Aufgabe eins begleiten.',
      'paragraph:Gruppe eins Kinder.',
      'bulletList:Aktivität drei Kinder.',
    ])
    expect(findConceptRepairs(editor.state.doc, editor.schema)).toEqual([])
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(before)
  })

  it('pastes a copied Teilziel into a field as its text, and beside paragraphs as a new Teilziel with ids of its own', () => {
    const bound = open()
    const { editor } = bound
    const source = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel)
    const copied = NodeSelection.create(editor.state.doc, source.position).content()
    const idsBefore = allIds(editor.state.doc)

    bound.select((doc) => TextSelection.create(doc, at(doc, 'Aufgabe drei beraten.', 0)))
    bound.paste(copied)
    const third = teilziel(editor.state.doc, 2)
    expect(fieldNames(third)).toEqual(teilzielFieldNames)
    expect(third.child(1).textContent).toBe(
      'Ziel eins wird erreicht.Aufgabe eins beraten.Aufgabe eins begleiten.Gruppe eins Kinder.Aktivität eins A.Aktivität eins B.Aktivität eins C.Verantwortlich eins Fachdienst.Aufgabe drei beraten.Aufgabe drei begleiten.',
    )

    bound.select((doc) => TextSelection.create(doc, at(doc, 'Text vor dem ersten Teilziel.', 'Text vor dem ersten Teilziel.'.length)))
    bound.paste(copied)
    const ids = allIds(editor.state.doc)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of idsBefore) expect(ids).toContain(id)
    const copy = teilziel(editor.state.doc, 0)
    expect(copy.textContent).toBe(source.node.textContent)
    expect(fieldIds(copy).some((id) => fieldIds(source.node).includes(id))).toBe(false)
    expect(fieldIds(teilziel(editor.state.doc, 1))).toEqual(fieldIds(source.node))
  })

  it('moves a cut Teilziel with its ids when it is pasted elsewhere', () => {
    const bound = open()
    const { editor } = bound
    const source = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel)
    bound.select((doc) => NodeSelection.create(doc, source.position))
    const clipboard = bound.cut()
    expect(teilziel(editor.state.doc, 0).attrs['id']).not.toBe(source.node.attrs['id'])
    bound.select((doc) => TextSelection.create(doc, at(doc, 'Text im Unterabschnitt.', 'Text im Unterabschnitt.'.length)))
    bound.paste(clipboard)
    const moved = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel && node.attrs['id'] === source.node.attrs['id']).node
    expect(fieldIds(moved)).toEqual(fieldIds(source.node))
  })

  it('moves text dragged across the fields of one Teilziel into a field of another, leaving the fields behind, in one undo step', () => {
    const bound = open()
    const { editor } = bound
    bound.select((doc) => TextSelection.create(doc, at(doc, 'Ziel eins wird erreicht.', 5), at(doc, 'Aktivität eins A.', 10)))
    const first = teilziel(editor.state.doc, 0)
    const before = editor.getJSON()
    bound.stopCapturing()

    bound.drop(at(editor.state.doc, 'Gruppe drei Kinder.', 7))

    const source = teilziel(editor.state.doc, 0)
    expect(fieldIds(source)).toEqual(fieldIds(first))
    const texts: string[] = []
    source.forEach((field) => texts.push(field.textContent))
    expect(texts).toEqual(['Ziel ', '', '', 'eins A.Aktivität eins B.Aktivität eins C.', 'Verantwortlich eins Fachdienst.'])
    expect(teilziel(editor.state.doc, 2).child(2).textContent).toBe('Gruppe eins wird erreicht.Aufgabe eins beraten.Aufgabe eins begleiten.Gruppe eins Kinder.Aktivität drei Kinder.')
    expect(fieldNames(teilziel(editor.state.doc, 2))).toEqual(teilzielFieldNames)
    expect(findConceptRepairs(editor.state.doc, editor.schema)).toEqual([])
    expect(bound.undoManager.undoStack).toHaveLength(1)
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(before)
  })

  it('pastes several paragraphs into a Handlungsfeld title as one line of text', () => {
    const bound = open()
    const { editor } = bound
    const { schema } = editor
    const paragraph = (text: string) => schema.nodes[NodeName.paragraph]!.create(null, schema.text(text))
    bound.select((doc) => TextSelection.create(doc, at(doc, 'Arbeit und Ausbildung', 'Arbeit und Ausbildung'.length)))
    bound.paste(new Slice(Fragment.from([paragraph('in der'), paragraph('Region')]), 0, 0))
    const hf = findNode(editor.state.doc, (node) => node.type.name === NodeName.handlungsfeld, 1).node
    expect(hf.child(0).type.name).toBe(NodeName.handlungsfeldTitel)
    expect(hf.child(0).textContent).toBe('Arbeit und Ausbildungin der Region')
    expect(hf.child(1).type.name).toBe(NodeName.oberziel)
  })
})
