import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { CONTENT_FRAGMENT, NodeName } from '../../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../../shared/yjs/conceptConversions'
import { readConceptContent } from '../../../shared/yjs/readConceptContent'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { invalidContentKinds, invalidText, markedParagraphText, nestedHandlungsfeldTitle, writeInvalidContent } from '../../utils/writeInvalidContent'

const sampleConcept = () => conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(smallConceptJson)).toJSON())

describe('reading stored content as ProseMirror JSON', () => {
  it('reads a valid concept with marks and links as the editor binding does', () => {
    const ydoc = sampleConcept()
    const goal = ((ydoc.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement).get(2) as Y.XmlElement).get(0) as Y.XmlElement
    const text = (goal.get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.format(4, 8, { bold: {} })
    text.format(0, 3, { link: { href: 'https://www.kreis-rd.de', target: null, rel: null, class: null, title: null } })
    const schema = getConceptSchema()
    const read = readConceptContent(ydoc)
    expect(read.problems).toEqual([])
    const binding = schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(CONTENT_FRAGMENT)))
    expect(schema.nodeFromJSON(read.json).eq(binding)).toBe(true)
  })

  it.each(invalidContentKinds)('leaves out %s, reports it, and always yields a node of the concept schema', (kind) => {
    const ydoc = sampleConcept()
    writeInvalidContent(ydoc, kind)
    const { json, problems } = readConceptContent(ydoc)
    expect(problems.length).toBeGreaterThan(0)
    const doc = getConceptSchema().nodeFromJSON(json)
    doc.check()
    for (const valid of ['Handlungsfelder', 'Alle Kinder haben Zugang zu Bildung.', markedParagraphText, 'Sprachstand feststellen', 'Kitas']) expect(doc.textContent).toContain(valid)
    expect(JSON.stringify(json)).not.toContain(invalidText)
    if (kind === 'deep nesting') expect(doc.textContent).toContain(nestedHandlungsfeldTitle)
    if (kind === 'an unknown mark') {
      const marked = findNode(doc, (node) => node.isTextblock && node.textContent === markedParagraphText)
      expect(marked.node.childCount).toBe(1)
      expect(marked.node.firstChild?.marks).toEqual([])
    }
    if (kind === 'attributes of the wrong type') {
      expect(findNode(doc, (node) => node.type.name === NodeName.massnahme).node.attrs).toMatchObject({ code: '', zeitraum: '', status: '' })
      expect(findNode(doc, (node) => node.type.name === NodeName.heading).node.attrs['level']).toBe(1)
    }
  })
})
