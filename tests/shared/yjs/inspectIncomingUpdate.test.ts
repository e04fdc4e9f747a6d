import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { findIncomingSchemaViolation } from '../../../shared/schema/validation/findIncomingSchemaViolation'
import { inspectIncomingUpdate } from '../../../shared/yjs/inspectIncomingUpdate'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'

function withClient(ydoc: Y.Doc, client: number, change: () => void) {
  ydoc.clientID = client
  ydoc.transact(change)
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** The server's copy and a client's copy that starts from it. */
function serverAndClient() {
  const server = createConceptYDoc()
  withClient(server, 1, () => server.getXmlFragment(CONTENT_FRAGMENT).push([paragraph('Sprache und Bildung')]))
  const client = createConceptYDoc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

function diff(ydoc: Y.Doc, since: Uint8Array) {
  return Y.decodeUpdate(Y.encodeStateAsUpdate(ydoc, since))
}

function firstText(ydoc: Y.Doc): Y.XmlText {
  return (ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText
}

describe('inspectIncomingUpdate', () => {
  it('lists the new items of an ordinary edit with their parents, and their clock ranges', () => {
    const { server, client } = serverAndClient()
    const before = Y.encodeStateVector(client)
    withClient(client, 2, () => firstText(client).insert(7, ' Kita'))
    const inspection = inspectIncomingUpdate(server, diff(client, before))
    expect(inspection.status).toBe('complete')
    if (inspection.status !== 'complete') return
    expect(inspection.inserted).toEqual([[2, 0, 5]])
    expect(inspection.items).toEqual([{ client: 2, clock: 0, parent: { kind: 'text', depth: 2 }, parentSub: null, content: { kind: 'string' } }])
  })

  it('counts only the part of an item the document does not have yet', () => {
    const { server, client } = serverAndClient()
    withClient(client, 2, () => firstText(client).insert(0, 'A'))
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    withClient(client, 2, () => firstText(client).insert(1, 'B'))
    // The whole state again, as a reconnecting client sends it in sync step 2: its two characters form one item.
    const inspection = inspectIncomingUpdate(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client)))
    expect(inspection.status === 'complete' && inspection.inserted).toEqual([[2, 1, 1]])
  })

  it('finds an origin that the document does not have: the next, unwritten character of another client', () => {
    const { server, client } = serverAndClient()
    withClient(client, 2, () => firstText(client).insert(0, 'x'))
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    const victimFuture = Y.encodeStateVector(client)
    withClient(client, 2, () => firstText(client).insert(1, 'y'))
    const beforeAttack = Y.encodeStateVector(client)
    withClient(client, 3, () => firstText(client).insert(2, 'gefälscht'))
    // Only the attacker's item, whose origin is the victim's character 'y' the server has not seen.
    const attack = Y.decodeUpdate(Y.encodeStateAsUpdate(client, beforeAttack))
    expect(attack.structs.every((struct) => struct.id.client === 3)).toBe(true)
    expect(inspectIncomingUpdate(server, attack).status).toBe('missing')
    // With the victim's character in the same update, Yjs can integrate both.
    expect(inspectIncomingUpdate(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client, victimFuture))).status).toBe('complete')
  })

  it('finds a missing parent and deletions of items the document does not have', () => {
    const { server, client } = serverAndClient()
    const before = Y.encodeStateVector(client)
    withClient(client, 2, () => client.getXmlFragment(CONTENT_FRAGMENT).push([new Y.XmlElement('paragraph')]))
    const parentCreated = Y.encodeStateVector(client)
    withClient(client, 3, () => (client.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Kind')]))
    expect(inspectIncomingUpdate(server, diff(client, parentCreated)).status).toBe('missing')
    expect(inspectIncomingUpdate(server, diff(client, before)).status).toBe('complete')

    const deleting = createConceptYDoc()
    Y.applyUpdate(deleting, Y.encodeStateAsUpdate(client))
    withClient(deleting, 4, () => firstText(deleting).delete(0, 3))
    const deletionOnly = Y.decodeUpdate(Y.encodeStateAsUpdate(deleting, Y.encodeStateVector(deleting)))
    expect(inspectIncomingUpdate(createConceptYDoc(), deletionOnly).status).toBe('missing')
    expect(inspectIncomingUpdate(server, deletionOnly).status).toBe('complete')
  })

  it('follows dependencies across clients inside one update in any order', () => {
    const source = createConceptYDoc()
    withClient(source, 9, () => source.getXmlFragment(CONTENT_FRAGMENT).push([paragraph('a')]))
    withClient(source, 5, () => firstText(source).insert(1, 'b'))
    withClient(source, 9, () => firstText(source).insert(2, 'c'))
    withClient(source, 5, () => firstText(source).insert(3, 'd'))
    const inspection = inspectIncomingUpdate(createConceptYDoc(), Y.decodeUpdate(Y.encodeStateAsUpdate(source)))
    expect(inspection.status).toBe('complete')
    if (inspection.status !== 'complete') return
    expect(inspection.items.filter((item) => item.content.kind === 'string')).toHaveLength(4)
  })

  it('reports content a schema can judge: elements, attributes, marks, raw values and foreign root types', () => {
    const { server, client } = serverAndClient()
    const before = Y.encodeStateVector(client)
    withClient(client, 2, () => {
      const massnahme = new Y.XmlElement('massnahme')
      client.getXmlFragment(CONTENT_FRAGMENT).push([massnahme])
      massnahme.setAttribute('code', 'S1')
      firstText(client).format(0, 7, { bold: {} })
      client.getMap('fremd').set('x', 1)
    })
    const inspection = inspectIncomingUpdate(server, diff(client, before))
    expect(inspection.status).toBe('complete')
    if (inspection.status !== 'complete') return
    const kinds = inspection.items.map((item) => [item.parent.kind, item.parentSub, item.content.kind])
    expect(kinds).toContainEqual(['root', null, 'element'])
    expect(kinds).toContainEqual(['element', 'code', 'values'])
    expect(kinds).toContainEqual(['text', null, 'format'])
    expect(inspection.items).toContainEqual(expect.objectContaining({ parent: { kind: 'root', name: 'fremd', depth: 0 }, parentSub: 'x' }))
  })
})

describe('findIncomingSchemaViolation', () => {
  const judge = (change: (ydoc: Y.Doc) => void) => {
    const { server, client } = serverAndClient()
    const before = Y.encodeStateVector(client)
    withClient(client, 2, () => change(client))
    const inspection = inspectIncomingUpdate(server, diff(client, before))
    if (inspection.status !== 'complete') throw new Error(inspection.detail)
    return findIncomingSchemaViolation(inspection.items)
  }
  const fragment = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT)

  it('accepts what the editor writes', () => {
    expect(
      judge((ydoc) => {
        const teilziel = new Y.XmlElement('teilziel')
        const ziel = new Y.XmlElement('teilzielZiel')
        teilziel.insert(0, [ziel])
        ziel.insert(0, [paragraph('Ziel')])
        fragment(ydoc).push([teilziel])
        teilziel.setAttribute('id', 'tz-1')
        firstText(ydoc).format(0, 7, { link: { href: 'https://www.kreis-rd.de', target: '_blank' }, italic: {} })
        firstText(ydoc).insert(0, 'Neu: ', { bold: {} })
      }),
    ).toBeNull()
  })

  it.each([
    ['a raw value in the content fragment', (ydoc: Y.Doc) => fragment(ydoc).insert(0, [{ roh: true } as unknown as Y.XmlElement])],
    ['an unknown node', (ydoc: Y.Doc) => fragment(ydoc).push([new Y.XmlElement('script')])],
    ['a field outside its block', (ydoc: Y.Doc) => fragment(ydoc).push([new Y.XmlElement('teilzielZiel')])],
    ['text directly in a Teilziel', (ydoc: Y.Doc) => {
      const teilziel = new Y.XmlElement('teilziel')
      teilziel.insert(0, [new Y.XmlText('lose')])
      fragment(ydoc).push([teilziel])
    }],
    ['an unknown mark', (ydoc: Y.Doc) => firstText(ydoc).format(0, 3, { blink: {} })],
    ['a javascript link', (ydoc: Y.Doc) => firstText(ydoc).format(0, 3, { link: { href: 'javascript:alert(1)' } })],
    ['an attribute of the wrong type', (ydoc: Y.Doc) => {
      const massnahme = new Y.XmlElement('massnahme')
      fragment(ydoc).push([massnahme])
      massnahme.setAttribute('code', { x: 1 } as unknown as string)
    }],
    ['an unknown attribute', (ydoc: Y.Doc) => (fragment(ydoc).get(0) as Y.XmlElement).setAttribute('onclick', 'x')],
    ['another root type', (ydoc: Y.Doc) => ydoc.getMap('fremd').set('x', 1)],
    ['an embed inside text', (ydoc: Y.Doc) => firstText(ydoc).insertEmbed(0, { bild: 'x' })],
    ['nesting 3,000 Handlungsfelder deep', (ydoc: Y.Doc) => {
      // One level at a time: Yjs integrates a prepared subtree recursively and would overflow the stack.
      fragment(ydoc).push([new Y.XmlElement('handlungsfeld')])
      let current = fragment(ydoc).get(1) as Y.XmlElement
      for (let depth = 0; depth < 3000; depth++) {
        current.insert(0, [new Y.XmlElement('handlungsfeld')])
        current = current.get(0) as Y.XmlElement
      }
    }],
  ])('refuses %s', (_, change) => {
    expect(judge(change)).not.toBeNull()
  })
})
