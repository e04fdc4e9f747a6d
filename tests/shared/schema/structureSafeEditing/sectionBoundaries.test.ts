import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { createStructureSafeEditingConcept } from '../../../utils/createStructureSafeEditingConcept'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { findTextblock } from '../../../utils/findTextblock'

const caretAt = (needle: string, edge: 'start' | 'end') => (doc: ProseMirrorNode) => {
  const { textStart } = findTextblock(doc, needle)
  return TextSelection.create(doc, edge === 'start' ? textStart : textStart + needle.length)
}

const boundaries: { name: string; key: 'Backspace' | 'Delete'; needle: string; edge: 'start' | 'end' }[] = [
  { name: 'Backspace at the start of a Handlungsfeld title', key: 'Backspace', needle: 'Arbeit und Ausbildung', edge: 'start' },
  { name: 'Backspace at the start of a sub-section title', key: 'Backspace', needle: 'Ausbildung im Betrieb', edge: 'start' },
  { name: 'Delete at the end of a Handlungsfeld', key: 'Delete', needle: 'Text nach der Maßnahme.', edge: 'end' },
  { name: 'Delete at the end of the text before a sub-section', key: 'Delete', needle: 'Verantwortlich drei Fachdienst.', edge: 'end' },
  { name: 'Backspace at the start of a Teilziel', key: 'Backspace', needle: 'Ziel zwei wird erreicht.', edge: 'start' },
  { name: 'Delete at the end of a field', key: 'Delete', needle: 'Gruppe eins Kinder.', edge: 'end' },
  { name: 'Backspace at the start of a Maßnahme field', key: 'Backspace', needle: 'Träger eins VHS.', edge: 'start' },
  { name: 'Delete at the end of a Handlungsfeld title', key: 'Delete', needle: 'Bildung und Sprache', edge: 'end' },
]

describe('Backspace and Delete at the edge of a field or section, as at the edge of a Word table cell', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  for (const boundary of boundaries) {
    it(`${boundary.name} changes nothing`, () => {
      bound = createYjsBoundEditor(createStructureSafeEditingConcept())
      bound.select(caretAt(boundary.needle, boundary.edge))
      const before = bound.editor.getJSON()
      bound.pressKey(boundary.key)
      expect(bound.editor.getJSON()).toEqual(before)
      expect(bound.undoManager.undoStack).toHaveLength(0)
    })
  }
})
