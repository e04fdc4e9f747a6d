import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getConceptSchema } from '../../../../shared/schema/getConceptSchema'
import { CONTENT_FRAGMENT, NodeName } from '../../../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../../../shared/schema/normalizeConceptDocument'
import { branchCutDepth, inspectConceptContent } from '../../../../shared/schema/validation/inspectConceptContent'
import { maxNestingDepth } from '../../../../shared/schema/validation/maxNestingDepth'
import { removeInvalidContent } from '../../../../shared/schema/validation/removeInvalidContent'
import { conceptJsonToYDoc, yDocToConceptNode } from '../../../../shared/yjs/conceptConversions'
import { smallConceptJson } from '../../../utils/smallConceptJson'
import { invalidContentKinds, invalidText, markedParagraphText, writeInvalidContent, type InvalidContentKind } from '../../../utils/writeInvalidContent'

const sampleConcept = () => conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(smallConceptJson)).toJSON())
const inspect = (ydoc: Y.Doc, includeDeleted = false) => inspectConceptContent(ydoc.getXmlFragment(CONTENT_FRAGMENT), { includeDeleted })
const cutPath = `/handlungsfeld[3]${'/handlungsfeld[1]'.repeat(branchCutDepth - 1)}`

const expectedProblems: Record<InvalidContentKind, [kind: string, path: string, detail: string][]> = {
  'raw values in the content': [
    ['raw-value', '/[1]', 'a raw value inside doc'],
    ['raw-value', '/[3]', 'binary data inside doc'],
    ['raw-value', '/[4]', 'a shared type other than an element or a text inside doc'],
  ],
  'raw values inside a paragraph': [
    ['raw-value', '/handlungsfeld[1]/oberziel[1]/paragraph[0]/text[0]/[embed]', 'an embed inside a text'],
    ['raw-value', '/handlungsfeld[1]/oberziel[1]/paragraph[0]/[1]', 'a raw value inside paragraph'],
  ],
  'an unknown node': [['unknown-node', '/script[1]', 'unknown node script']],
  'a misplaced node': [['misplaced-node', '/handlungsfeld[1]/oberziel[1]/paragraph[0]/massnahme[1]', 'massnahme inside paragraph']],
  'an unknown mark': [['invalid-mark', '/handlungsfeld[1]/teilziel[2]/teilzielZiel[0]/paragraph[0]/text[0]', 'unknown mark blink']],
  'deep nesting': [['too-deep', cutPath, `reaches deeper than ${maxNestingDepth} levels`]],
  'attributes of the wrong type': [
    ['invalid-attribute', '/heading[0]', 'attribute level: number expected'],
    ['invalid-attribute', '/handlungsfeld[2]/massnahme[1]', 'attribute code: string expected'],
    ['invalid-attribute', '/handlungsfeld[2]/massnahme[1]', 'attribute zeitraum: string expected'],
    ['invalid-attribute', '/handlungsfeld[2]/massnahme[1]', 'attribute status: string expected'],
  ],
}

describe('inspecting stored content against the concept schema', () => {
  it('finds nothing in a valid concept, with marks, a link, a table and nested lists', () => {
    const ydoc = sampleConcept()
    const schema = getConceptSchema()
    const extra = conceptJsonToYDoc(
      normalizeConceptDocument(
        schema.nodeFromJSON({
          type: 'doc',
          content: [
            { type: NodeName.paragraph, content: [{ type: 'text', text: 'fett', marks: [{ type: 'bold' }] }, { type: 'text', text: ' Link', marks: [{ type: 'link', attrs: { href: 'https://www.kreis-rd.de', target: null } }] }] },
            { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2, colwidth: [120, 80] }, content: [{ type: NodeName.paragraph, content: [{ type: 'text', text: 'Kopf' }] }] }] }] },
            { type: NodeName.bulletList, content: [{ type: NodeName.listItem, content: [{ type: NodeName.paragraph }, { type: NodeName.orderedList, attrs: { start: 3 }, content: [{ type: NodeName.listItem, content: [{ type: NodeName.paragraph, content: [{ type: 'text', text: 'tief' }] }] }] }] }] },
          ],
        }),
      ).toJSON(),
    )
    expect(inspect(ydoc).problems).toEqual([])
    expect(inspect(extra).problems).toEqual([])
  })

  it.each(invalidContentKinds)('reports %s with its path, and the repair leaves nothing to report and every valid text in place', (kind) => {
    const ydoc = sampleConcept()
    writeInvalidContent(ydoc, kind)
    const inspection = inspect(ydoc)
    expect(inspection.problems.map(({ kind: problemKind, path, detail }) => [problemKind, path, detail])).toEqual(expectedProblems[kind])

    ydoc.transact(() => removeInvalidContent(ydoc, inspection))
    expect(inspect(ydoc).problems).toEqual([])
    const text = yDocToConceptNode(ydoc).textContent
    for (const valid of ['Alle Kinder haben Zugang zu Bildung.', markedParagraphText, 'Sprachstand feststellen', 'Kitas']) expect(text).toContain(valid)
    expect(text).not.toContain(invalidText)
    // A gc-free document keeps what the repair removed, for comparisons with older versions.
    if (kind !== 'an unknown mark' && kind !== 'attributes of the wrong type') expect(inspect(ydoc, true).skippedItems.size).toBeGreaterThan(0)
  })

  it('cuts a branch that reaches past the limit at half of it, and keeps content up to the limit', () => {
    const ydoc = sampleConcept()
    let parent: Y.XmlFragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
    for (let depth = 1; depth <= maxNestingDepth; depth += 1) {
      const element = new Y.XmlElement(depth === maxNestingDepth ? NodeName.paragraph : NodeName.handlungsfeld)
      parent.insert(parent.length, [element])
      parent = element
    }
    expect(inspect(ydoc).problems).toEqual([])
    parent.insert(0, [new Y.XmlText('eine Ebene zu tief')])
    expect(inspect(ydoc).problems.map((problem) => [problem.kind, problem.path.split('/').length - 1])).toEqual([['too-deep', branchCutDepth]])
  })

  it('does not descend below what it skips, and the repair deletes a branch thousands of levels deep without overflowing the stack', () => {
    const ydoc = sampleConcept()
    let parent: Y.XmlFragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
    ydoc.transact(() => {
      const unknown = new Y.XmlElement('iframe')
      parent.insert(0, [unknown])
      parent = unknown
      for (let depth = 0; depth < 20_000; depth += 1) {
        const element = new Y.XmlElement(NodeName.handlungsfeld)
        parent.insert(0, [element])
        parent = element
      }
    })
    const inspection = inspect(ydoc)
    expect(inspection.problems).toEqual([{ kind: 'unknown-node', path: '/iframe[0]', detail: 'unknown node iframe' }])
    ydoc.transact(() => removeInvalidContent(ydoc, inspection))
    expect(inspect(ydoc).problems).toEqual([])
  })

  it('judges formatting as Yjs applies it: a mark that was ended is no problem, attributes on a text and stray formatting are', () => {
    const ydoc = sampleConcept()
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
    const heading = fragment.get(0) as Y.XmlElement
    const text = heading.get(0) as Y.XmlText
    text.format(0, 4, { blink: {} })
    text.format(0, 4, { blink: null })
    expect(inspect(ydoc).problems).toEqual([])
    text.setAttribute('style', 'color: red')
    text.format(0, 2, { link: { href: 'javascript:alert(1)' } })
    expect(inspect(ydoc).problems.map((problem) => [problem.kind, problem.path])).toEqual([
      ['invalid-attribute', '/heading[0]/text[0]'],
      ['invalid-mark', '/heading[0]/text[0]'],
    ])
    ydoc.transact(() => removeInvalidContent(ydoc, inspect(ydoc)))
    expect(inspect(ydoc).problems).toEqual([])
    expect(yDocToConceptNode(ydoc).firstChild?.textContent).toBe('Handlungsfelder')
  })
})
