import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { createTeilzielNode } from '../../../shared/schema/nodes/teilziel/createTeilzielNode'
import { conceptJsonToYDoc, yDocToConceptJson, yDocToConceptNode } from '../../../shared/yjs/conceptConversions'

function sampleConcept() {
  const schema = getConceptSchema()
  const doc = schema.node('doc', null, [
    schema.node('heading', { level: 1 }, schema.text('Handlungsfelder')),
    schema.node('handlungsfeld', null, [schema.node('handlungsfeldTitel', null, schema.text('Arbeit/ Wirtschaft/ Ausbildung')), createTeilzielNode(schema)]),
    schema.node('massnahme', { code: 'AuB1', zeitraum: '2021–2023', status: 'geplant' }, [
      schema.node('massnahmeText', null, schema.node('paragraph', null, schema.text('Berufsvorbereitende Maßnahmen vorhalten'))),
      schema.node('massnahmeVerantwortliche', null, schema.node('paragraph', null, schema.text('Jobcenter'))),
    ]),
  ])
  return normalizeConceptDocument(doc)
}

describe('conversion between Yjs and ProseMirror JSON', () => {
  it('round-trips a concept headlessly, attributes and block ids included', () => {
    const doc = sampleConcept()
    const ydoc = conceptJsonToYDoc(doc.toJSON())
    expect(yDocToConceptJson(ydoc)).toEqual(doc.toJSON())
    expect(yDocToConceptNode(ydoc).eq(doc)).toBe(true)
  })

  it('stores the structure under readable names in the `default` fragment, without garbage collection', () => {
    const ydoc = conceptJsonToYDoc(sampleConcept().toJSON())
    expect(ydoc.gc).toBe(false)
    const names = ydoc.getXmlFragment('default').toArray().map((element) => (element as Y.XmlElement).nodeName)
    expect(names).toEqual(['heading', 'handlungsfeld', 'massnahme'])
    const massnahme = ydoc.getXmlFragment('default').get(2) as Y.XmlElement
    expect(massnahme.getAttribute('code')).toBe('AuB1')
    expect(typeof massnahme.getAttribute('id')).toBe('string')
  })

  it('gives every block a unique id', () => {
    const ids: string[] = []
    sampleConcept().descendants((node) => {
      if (node.isBlock) ids.push(node.attrs['id'] as string)
    })
    expect(ids.every((id) => typeof id === 'string' && id.length === 12)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses JSON that does not fit the schema before anything is written', () => {
    expect(() => conceptJsonToYDoc({ type: 'doc', content: [{ type: 'unbekannt' }] })).toThrow()
  })
})
