import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { afterEach, describe, expect, it } from 'vitest'
import { findSearchMatches } from '../../../../client/editor/search/findSearchMatches'
import { replaceSearchMatches } from '../../../../client/editor/search/replaceSearchMatches'
import type { SearchQuery } from '../../../../client/editor/search/SearchQuery'
import { getConceptSchema } from '../../../../shared/schema/getConceptSchema'
import { NodeName } from '../../../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../../../shared/yjs/conceptConversions'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../../utils/createYjsBoundEditor'
import { smallConceptJson } from '../../../utils/smallConceptJson'

const query = (text: string, options: Partial<SearchQuery> = {}): SearchQuery => ({ text, caseSensitive: false, wholeWord: false, ...options })

/** Every textblock's text in document order: the oracle, read without the code under test. */
function textblockTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = []
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    texts.push(node.textContent)
    return false
  })
  return texts
}

/** The node types in document order, text left out: what a replacement must never change. */
function skeleton(doc: ProseMirrorNode): string[] {
  const names: string[] = []
  doc.descendants((node) => {
    if (!node.isText) names.push(`${node.type.name}:${String(node.attrs['id'] ?? '')}`)
  })
  return names
}

const countIn = (text: string, needle: string) => text.split(needle).length - 1

describe('search and replace on the concept schema', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  const openConcept = (json: JSONContent = smallConceptJson) => {
    bound = createYjsBoundEditor(conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(json)).toJSON() as JSONContent))
    return bound
  }

  it('finds matches in headings, Handlungsfeld titles and every Teilziel and Maßnahme field, each inside one textblock', () => {
    const { editor } = openConcept()
    const doc = editor.state.doc
    const matches = findSearchMatches(doc, query('s'))
    const expected = textblockTexts(doc).reduce((sum, text) => sum + countIn(text.toLowerCase(), 's'), 0)
    expect(matches).toHaveLength(expected)
    for (const match of matches) {
      const $from = doc.resolve(match.from)
      expect($from.sameParent(doc.resolve(match.to))).toBe(true)
      expect(doc.textBetween(match.from, match.to).toLowerCase()).toBe('s')
    }
    const fieldsWithMatches = new Set(matches.map((match) => doc.resolve(match.from).node(-1).type.name))
    for (const field of [NodeName.teilzielZiel, NodeName.teilzielAufgaben, NodeName.teilzielZielgruppe, NodeName.listItem, NodeName.teilzielVerantwortliche, NodeName.massnahmeText, NodeName.massnahmeVerantwortliche]) {
      expect(fieldsWithMatches, field).toContain(field)
    }
  })

  it('honours Groß-/Kleinschreibung and ganzes Wort', () => {
    const { editor } = openConcept()
    const doc = editor.state.doc
    // "Sprachstand feststellen", "Sprachförderung": "sprach" without case counts both, with case neither.
    expect(findSearchMatches(doc, query('sprach')).map((match) => doc.textBetween(match.from, match.to))).toEqual(['Sprach', 'Sprach'])
    expect(findSearchMatches(doc, query('sprach', { caseSensitive: true }))).toEqual([])
    // "Kinder" stands alone twice per Teilziel's Zielgruppe and once in the Oberziel; "Kinder," inside "Fachdienst Kinder, Jugend" counts as a word too, "Kita" does not contain it.
    const kinderWords = textblockTexts(doc).reduce((sum, text) => sum + (text.match(/(?<![\p{L}\p{N}_])Kinder(?![\p{L}\p{N}_])/gu)?.length ?? 0), 0)
    expect(findSearchMatches(doc, query('kinder', { wholeWord: true }))).toHaveLength(kinderWords)
    expect(findSearchMatches(doc, query('sicher', { wholeWord: true }))).toEqual([])
    expect(findSearchMatches(doc, query('sicher'))).toHaveLength(2)
  })

  it('replaces all matches in one undo step without touching the structure, and undo restores the text exactly', () => {
    const { editor, undoManager } = openConcept()
    const before = editor.state.doc
    const textsBefore = textblockTexts(before)
    const matches = findSearchMatches(before, query('Kinder', { caseSensitive: true }))
    expect(matches.length).toBeGreaterThan(2)
    undoManager.stopCapturing()
    editor.view.dispatch(replaceSearchMatches(editor.state.tr, matches, 'Kinder und Jugendliche'))
    undoManager.stopCapturing()
    const after = editor.state.doc
    expect(textblockTexts(after)).toEqual(textsBefore.map((text) => text.split('Kinder').join('Kinder und Jugendliche')))
    expect(skeleton(after)).toEqual(skeleton(before))
    editor.commands.undo()
    expect(textblockTexts(editor.state.doc)).toEqual(textsBefore)
    expect(skeleton(editor.state.doc)).toEqual(skeleton(before))
  })

  it('replacing the whole text of a field with nothing keeps the field and its paragraph', () => {
    const { editor } = openConcept()
    const before = editor.state.doc
    const matches = findSearchMatches(before, query('Sprachstand feststellen'))
    expect(matches).toHaveLength(1)
    editor.view.dispatch(replaceSearchMatches(editor.state.tr, matches, ''))
    const after = editor.state.doc
    expect(skeleton(after)).toEqual(skeleton(before))
    expect(textblockTexts(after)).toEqual(textblockTexts(before).map((text) => (text === 'Sprachstand feststellen' ? '' : text)))
  })

  it('keeps the marks of the replaced text and does not match across a line break', () => {
    const bold = [{ type: 'bold' }]
    const json: JSONContent = {
      type: 'doc',
      content: [
        { type: NodeName.paragraph, content: [{ type: 'text', text: 'fett', marks: bold }, { type: 'text', text: ' und' }, { type: 'hardBreak' }, { type: 'text', text: 'dann' }] },
      ],
    }
    const { editor } = openConcept(json)
    expect(findSearchMatches(editor.state.doc, query('unddann'))).toEqual([])
    expect(findSearchMatches(editor.state.doc, query('dann'))).toHaveLength(1)
    editor.view.dispatch(replaceSearchMatches(editor.state.tr, findSearchMatches(editor.state.doc, query('fett')), 'stark'))
    const paragraph = editor.state.doc.firstChild
    expect(paragraph?.firstChild?.text).toBe('stark')
    expect(paragraph?.firstChild?.marks.map((mark) => mark.type.name)).toEqual(['bold'])
  })
})
