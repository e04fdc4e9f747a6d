import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { CellSelection } from '@tiptap/pm/tables'
import { afterEach, describe, expect, it } from 'vitest'
import { getConceptSchema } from '../../../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../../../shared/yjs/conceptConversions'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { findNode } from '../../../utils/findNode'
import { findTextblock } from '../../../utils/findTextblock'

const cell = (text: string): JSONContent => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const concept: JSONContent = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Vor der Tabelle.' }] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('Zelle A1'), cell('Zelle B1')] },
        { type: 'tableRow', content: [cell('Zelle A2'), cell('Zelle B2')] },
      ],
    },
  ],
}

const cellTexts = (doc: ProseMirrorNode) => {
  const texts: string[] = []
  findNode(doc, (node) => node.type.name === 'table').node.descendants((node) => {
    if (node.type.name === 'tableCell') texts.push(node.textContent)
    return node.type.name !== 'tableCell'
  })
  return texts
}

describe('table cells are fields too', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  const open = () => {
    bound = createYjsBoundEditor(conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(concept)).toJSON() as JSONContent))
    return bound
  }

  it('a text selection across cells removes exactly its text and keeps every cell', () => {
    const { editor, ...actions } = open()
    actions.select((doc) => TextSelection.create(doc, findTextblock(doc, 'Zelle A1').textStart + 6, findTextblock(doc, 'Zelle B2').textStart + 6))
    const before = editor.getJSON()
    expect(actions.pressKey('Delete')).toBe(true)
    expect(cellTexts(editor.state.doc)).toEqual(['Zelle ', '', '', 'B2'])
    editor.commands.undo()
    expect(editor.getJSON()).toEqual(before)
  })

  it('a selection of table cells is left to the table editing, which clears just those cells', () => {
    const { editor, ...actions } = open()
    actions.select((doc) => {
      const first = findNode(doc, (node) => node.type.name === 'tableCell', 0).position
      const below = findNode(doc, (node) => node.type.name === 'tableCell', 2).position
      return CellSelection.create(doc, first, below)
    })
    actions.pressKey('Delete')
    expect(cellTexts(editor.state.doc)).toEqual(['', 'Zelle B1', '', 'Zelle B2'])
  })
})
