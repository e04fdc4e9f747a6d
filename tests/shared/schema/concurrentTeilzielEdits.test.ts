import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readTeilziel } from '../../../shared/model/readConcept'
import { NodeName } from '../../../shared/schema/nodeNames'
import { teilzielFieldNames } from '../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import { conceptJsonToYDoc } from '../../../shared/yjs/conceptConversions'
import { createSimulatedEditor } from '../../utils/createSimulatedEditor'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const field = (type: string, text: string) => ({ type, content: [paragraph(text)] })

const initialConcept = {
  type: 'doc',
  content: [
    {
      type: 'handlungsfeld',
      content: [
        { type: 'handlungsfeldTitel', content: [{ type: 'text', text: 'Bildung' }] },
        {
          type: 'teilziel',
          content: [
            field(NodeName.teilzielZiel, 'Die Sprachförderung ist sichergestellt.'),
            field(NodeName.teilzielAufgaben, 'Beratung von Trägern.'),
            field(NodeName.teilzielZielgruppe, 'Kinder mit Migrationshintergrund'),
            {
              type: NodeName.teilzielAktivitaeten,
              content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Kita-Leitungstreffen')] }] }],
            },
            field(NodeName.teilzielVerantwortliche, 'Fachdienst Kinder, Jugend, Sport'),
          ],
        },
      ],
    },
  ],
}

function twoReplicas() {
  const first = conceptJsonToYDoc(initialConcept)
  const second = new Y.Doc({ gc: false })
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  return [first, second] as const
}

function exchange(first: Y.Doc, second: Y.Doc) {
  const fromFirst = Y.encodeStateAsUpdate(first, Y.encodeStateVector(second))
  const fromSecond = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first))
  Y.applyUpdate(second, fromFirst)
  Y.applyUpdate(first, fromSecond)
}

function findTeilziel(doc: ProseMirrorNode): { node: ProseMirrorNode; position: number } {
  let found: { node: ProseMirrorNode; position: number } | null = null
  doc.descendants((node, position) => {
    if (node.type.name === NodeName.teilziel && !found) found = { node, position }
    return !found
  })
  if (!found) throw new Error('no Teilziel')
  return found
}

/** Position range of the first field of `fieldName` inside the Teilziel, and the end of its text. */
function fieldRange(doc: ProseMirrorNode, fieldName: string) {
  const { node, position } = findTeilziel(doc)
  let range: { from: number; to: number; textEnd: number } | null = null
  node.forEach((child, offset) => {
    if (child.type.name !== fieldName || range) return
    const from = position + 1 + offset
    range = { from, to: from + child.nodeSize, textEnd: from + child.nodeSize - 2 }
  })
  if (!range) throw new Error(`no field ${fieldName}`)
  return range as { from: number; to: number; textEnd: number }
}

describe('concurrent restructuring of one Teilziel', () => {
  it('keeps every field and every author’s text when two departments rebuild the same field at once', () => {
    const [zuwanderung, gleichstellung] = twoReplicas()
    const editorA = createSimulatedEditor(zuwanderung)
    const editorB = createSimulatedEditor(gleichstellung)

    // Department A: appends to the goal, clears the Verantwortliche field away (the repair brings it back) and fills it anew.
    editorA.edit((tr) => tr.insertText(' Ergänzung Zuwanderung.', fieldRange(tr.doc, NodeName.teilzielZiel).textEnd))
    editorA.edit((tr) => {
      const range = fieldRange(tr.doc, NodeName.teilzielVerantwortliche)
      tr.delete(range.from, range.to)
    })
    editorA.edit((tr) => tr.insertText('Fachdienst Zuwanderung', fieldRange(tr.doc, NodeName.teilzielVerantwortliche).textEnd))

    // Department B, at the same time: the same rebuild of Verantwortliche, plus text in Zielgruppe and a new activity.
    editorB.edit((tr) => {
      const range = fieldRange(tr.doc, NodeName.teilzielVerantwortliche)
      tr.delete(range.from, range.to)
    })
    editorB.edit((tr) => tr.insertText('Gleichstellungsbeauftragte', fieldRange(tr.doc, NodeName.teilzielVerantwortliche).textEnd))
    editorB.edit((tr) => tr.insertText(' und ihre Eltern', fieldRange(tr.doc, NodeName.teilzielZielgruppe).textEnd))
    editorB.edit((tr) => {
      const list = fieldRange(tr.doc, NodeName.teilzielAktivitaeten)
      const schema = tr.doc.type.schema
      const item = schema.nodes['listItem']!.create(null, schema.nodes['paragraph']!.create(null, schema.text('Elterncafé')))
      tr.insert(list.to - 2, item)
    })

    exchange(zuwanderung, gleichstellung)
    const itemsBefore = zuwanderung.getXmlFragment('default').toString()

    for (const editor of [editorA, editorB]) {
      const doc = editor.read()
      doc.check()
      const teilziel = findTeilziel(doc).node
      const kinds = new Set(teilziel.content.content.map((child) => child.type.name))
      expect([...kinds].sort()).toEqual([...teilzielFieldNames].sort())
      const fields = readTeilziel(teilziel).fields
      expect(fields.teilzielZiel).toBe('Die Sprachförderung ist sichergestellt. Ergänzung Zuwanderung.')
      expect(fields.teilzielAufgaben).toBe('Beratung von Trägern.')
      expect(fields.teilzielZielgruppe).toBe('Kinder mit Migrationshintergrund und ihre Eltern')
      expect(fields.teilzielAktivitaeten).toBe('Kita-Leitungstreffen\nElterncafé')
      expect(fields.teilzielVerantwortliche).toContain('Fachdienst Zuwanderung')
      expect(fields.teilzielVerantwortliche).toContain('Gleichstellungsbeauftragte')
    }
    // Reading through the binding deleted nothing from the shared document.
    expect(zuwanderung.getXmlFragment('default').toString()).toBe(itemsBefore)
  })

  it('converges to exactly one field when both sides repair the same missing field', () => {
    const [first, second] = twoReplicas()
    const editorA = createSimulatedEditor(first)
    const editorB = createSimulatedEditor(second)
    for (const editor of [editorA, editorB]) {
      editor.edit((tr) => {
        const range = fieldRange(tr.doc, NodeName.teilzielZielgruppe)
        tr.delete(range.from, range.to)
      })
    }
    exchange(first, second)
    // Each side now sees two empty Zielgruppe fields; both repair, deterministically keeping the first.
    editorA.edit(() => {})
    editorB.edit(() => {})
    exchange(first, second)

    const docA = editorA.read()
    const docB = editorB.read()
    expect(docA.toJSON()).toEqual(docB.toJSON())
    const zielgruppen = findTeilziel(docA).node.content.content.filter((child) => child.type.name === NodeName.teilzielZielgruppe)
    expect(zielgruppen).toHaveLength(1)
    expect(findTeilziel(docA).node.childCount).toBe(5)
  })
})
