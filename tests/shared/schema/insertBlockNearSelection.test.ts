import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { NodeName } from '../../../shared/schema/nodeNames'
import { createStructureSafeEditingConcept } from '../../utils/createStructureSafeEditingConcept'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../utils/createYjsBoundEditor'
import { findNode } from '../../utils/findNode'
import { findTextblock } from '../../utils/findTextblock'

const caretAtEndOf = (needle: string) => (doc: ProseMirrorNode) => TextSelection.create(doc, findTextblock(doc, needle).textStart + needle.length)
const children = (node: ProseMirrorNode) => {
  const names: string[] = []
  node.forEach((child) => names.push(`${child.type.name}:${child.textContent}`))
  return names
}

describe('inserting a block from a field', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  it('Enter and then a new Teilziel leave no empty paragraph in the field the cursor was in', () => {
    bound = createYjsBoundEditor(createStructureSafeEditingConcept())
    const { editor } = bound
    bound.select(caretAtEndOf('Verantwortlich eins Fachdienst.'))
    expect(bound.pressKey('Enter')).toBe(true)
    expect(editor.commands.insertTeilziel()).toBe(true)
    const verantwortliche = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilzielVerantwortliche).node
    expect(children(verantwortliche)).toEqual(['paragraph:Verantwortlich eins Fachdienst.'])
    const inserted = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel, 1).node
    expect(inserted.textContent).toBe('')
    expect(editor.state.selection.$from.node(-1).type.name).toBe(NodeName.teilzielZiel)
    expect(findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel, 2).node.textContent).toContain('Ziel zwei')
  })

  it('Enter in a list of activities and then a new Maßnahme leave no empty list item', () => {
    bound = createYjsBoundEditor(createStructureSafeEditingConcept())
    const { editor } = bound
    bound.select(caretAtEndOf('Aktivität eins C.'))
    expect(bound.pressKey('Enter')).toBe(true)
    expect(editor.commands.insertMassnahme()).toBe(true)
    const list = findNode(editor.state.doc, (node) => node.type.name === NodeName.bulletList).node
    expect(children(list)).toEqual(['listItem:Aktivität eins A.', 'listItem:Aktivität eins B.', 'listItem:Aktivität eins C.'])
    expect(editor.state.selection.$from.node(-1).type.name).toBe(NodeName.massnahmeText)
  })

  it('keeps the only paragraph of an empty field', () => {
    bound = createYjsBoundEditor(createStructureSafeEditingConcept())
    const { editor } = bound
    const zielgruppe = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilzielZielgruppe)
    bound.select((doc) => TextSelection.create(doc, zielgruppe.position + 2, zielgruppe.position + zielgruppe.node.nodeSize - 2))
    bound.pressKey('Delete')
    expect(editor.commands.insertOberziel()).toBe(true)
    expect(children(findNode(editor.state.doc, (node) => node.type.name === NodeName.teilzielZielgruppe).node)).toEqual(['paragraph:'])
  })
})
