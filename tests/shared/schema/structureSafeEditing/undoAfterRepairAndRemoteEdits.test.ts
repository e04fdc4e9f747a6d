import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { NodeName } from '../../../../shared/schema/nodeNames'
import { teilzielFieldNames } from '../../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import { yDocToConceptJson } from '../../../../shared/yjs/conceptConversions'
import { createStructureSafeEditingConcept } from '../../../utils/createStructureSafeEditingConcept'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { findNode } from '../../../utils/findNode'
import { findTextblock } from '../../../utils/findTextblock'

const at = (doc: ProseMirrorNode, needle: string, offset: number) => findTextblock(doc, needle).textStart + offset
const fieldOf = (doc: ProseMirrorNode, name: string, occurrence: number) => findNode(doc, (node) => node.type.name === name, occurrence)

/** Two editors on two replicas of one concept, every update passed on at once, as through the server. */
function connectedPair() {
  const first = createStructureSafeEditingConcept()
  const second = new Y.Doc({ gc: false })
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') Y.applyUpdate(to, update, 'relay')
    })
  relay(first, second)
  relay(second, first)
  return { first, second }
}

describe('undo and redo stay available and exact, with the repair and with remote edits', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
  })
  const bind = (ydoc: Y.Doc): YjsBoundEditor => {
    const bound = createYjsBoundEditor(ydoc)
    cleanups.push(() => {
      bound.destroy()
      ydoc.destroy()
    })
    return bound
  }

  it('undoes a change together with the repair it needed, in one step, and redoes both', () => {
    const ydoc = createStructureSafeEditingConcept()
    const bound = bind(ydoc)
    const { editor } = bound
    const before = editor.getJSON()
    const zielgruppe = fieldOf(editor.state.doc, NodeName.teilzielZielgruppe, 0)
    // A change that leaves a Teilziel without a field (as concurrent edits can): the repair puts an empty one back.
    editor.commands.command(({ tr }) => {
      tr.delete(zielgruppe.position, zielgruppe.position + zielgruppe.node.nodeSize)
      return true
    })
    const teilziel = findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel)
    const names: string[] = []
    teilziel.node.forEach((field) => names.push(field.type.name))
    expect(names).toEqual(teilzielFieldNames)
    expect(fieldOf(editor.state.doc, NodeName.teilzielZielgruppe, 0).node.textContent).toBe('')
    const after = editor.getJSON()

    expect(bound.undoManager.undoStack).toHaveLength(1)
    expect(editor.can().undo()).toBe(true)
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(before)
    expect(yDocToConceptJson(ydoc)).toEqual(before)
    editor.commands.redo()
    expect(editor.getJSON()).toEqual(after)
    expect(yDocToConceptJson(ydoc)).toEqual(after)
  })

  it('undoes a change together with a repair that removed an empty duplicate field', () => {
    const ydoc = createStructureSafeEditingConcept()
    const bound = bind(ydoc)
    const { editor } = bound
    const before = editor.getJSON()
    const zielgruppe = fieldOf(editor.state.doc, NodeName.teilzielZielgruppe, 0)
    const { schema } = editor
    const duplicate = schema.nodes[NodeName.teilzielZielgruppe]!.create({ id: 'duplicatefield' }, schema.nodes[NodeName.paragraph]!.create({ id: 'duplicatetext' }))
    // Emptying a field and adding an empty duplicate of it (as concurrent edits can): the repair removes the duplicate.
    editor.commands.command(({ tr }) => {
      tr.insert(zielgruppe.position + zielgruppe.node.nodeSize, duplicate)
      tr.delete(zielgruppe.position + 2, zielgruppe.position + zielgruppe.node.nodeSize - 2)
      return true
    })
    expect(findNode(editor.state.doc, (node) => node.type.name === NodeName.teilziel).node.childCount).toBe(teilzielFieldNames.length)
    expect(fieldOf(editor.state.doc, NodeName.teilzielZielgruppe, 0).node.attrs['id']).toBe(zielgruppe.node.attrs['id'])
    const after = editor.getJSON()

    expect(bound.undoManager.undoStack).toHaveLength(1)
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(before)
    expect(yDocToConceptJson(ydoc)).toEqual(before)
    editor.commands.redo()
    expect(editor.getJSON()).toEqual(after)
  })

  it('undoes the local deletion exactly while another editor’s edits made after it stay', () => {
    const { first, second } = connectedPair()
    const local = bind(first)
    const remote = bind(second)
    const originalFields = (doc: ProseMirrorNode) => [0, 1, 2, 3].map((index) => findNode(doc, (node) => node.type.name === NodeName.teilziel).node.child(index).toJSON() as unknown)
    const fieldsBefore = originalFields(local.editor.state.doc)

    local.select((doc) => TextSelection.create(doc, at(doc, 'Ziel eins wird erreicht.', 5), at(doc, 'Aktivität eins A.', 10)))
    local.pressKey('Delete')
    const deleted = (doc: ProseMirrorNode) => [0, 1, 2, 3].map((index) => findNode(doc, (node) => node.type.name === NodeName.teilziel).node.child(index).textContent)
    expect(deleted(remote.editor.state.doc)).toEqual(['Ziel ', '', '', 'eins A.Aktivität eins B.Aktivität eins C.'])

    remote.select((doc) => TextSelection.create(doc, at(doc, 'Gruppe drei Kinder.', 7)))
    remote.type('und Jugendliche ')
    expect(local.editor.state.doc.textContent).toContain('Gruppe und Jugendliche drei Kinder.')

    expect(local.undoManager.undoStack).toHaveLength(1)
    local.editor.commands.undo()
    expect(originalFields(local.editor.state.doc)).toEqual(fieldsBefore)
    expect(local.editor.state.doc.textContent).toContain('Gruppe und Jugendliche drei Kinder.')
    expect(remote.editor.getJSON()).toEqual(local.editor.getJSON())

    local.editor.commands.redo()
    expect(deleted(local.editor.state.doc)).toEqual(['Ziel ', '', '', 'eins A.Aktivität eins B.Aktivität eins C.'])
    expect(local.editor.state.doc.textContent).toContain('Gruppe und Jugendliche drei Kinder.')
    expect(remote.editor.getJSON()).toEqual(local.editor.getJSON())
  })

  it('keeps a remote change and its repair out of the local history, so undo still undoes only the local edit', () => {
    const { first, second } = connectedPair()
    const local = bind(first)
    const remote = bind(second)
    local.select((doc) => TextSelection.create(doc, at(doc, 'Gruppe zwei Kinder.', 7), at(doc, 'Gruppe zwei Kinder.', 11)))
    local.type('drei')
    const afterLocalEdit = local.editor.getJSON()
    expect(local.editor.state.doc.textContent).toContain('Gruppe drei Kinder.Aktivität zwei A.')

    // Another editor's change that needs the repair on arrival: the Maßnahme loses a field, without their repair.
    const massnahmeText = fieldOf(remote.editor.state.doc, NodeName.massnahmeText, 0)
    remote.editor.view.dispatch(remote.editor.state.tr.delete(massnahmeText.position, massnahmeText.position + massnahmeText.node.nodeSize).setMeta('addToHistory', false))
    const massnahme = findNode(local.editor.state.doc, (node) => node.type.name === NodeName.massnahme).node
    expect(massnahme.childCount).toBe(2)
    expect(massnahme.child(0).type.name).toBe(NodeName.massnahmeText)

    expect(local.undoManager.undoStack).toHaveLength(1)
    local.editor.commands.undo()
    expect(local.editor.state.doc.textContent).toContain('Gruppe zwei Kinder.Aktivität zwei A.')
    expect(local.editor.state.doc.textContent).not.toContain('Maßnahme eins Sprachkurs.')
    local.editor.commands.redo()
    expect(local.editor.getJSON().content).toHaveLength(afterLocalEdit.content?.length ?? -1)
    expect(local.editor.state.doc.textContent).toContain('Gruppe drei Kinder.Aktivität zwei A.')
  })
})
