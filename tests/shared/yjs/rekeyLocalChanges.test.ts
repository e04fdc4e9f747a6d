import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { rekeyLocalChanges } from '../../../shared/yjs/rekeyLocalChanges'
import { createSeededRandom } from '../../utils/createSeededRandom'

const victimClient = 1_000_001

function content(ydoc: Y.Doc): Y.XmlFragment {
  return ydoc.getXmlFragment(CONTENT_FRAGMENT)
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

function textOf(ydoc: Y.Doc, index: number): Y.XmlText {
  return (content(ydoc).get(index) as Y.XmlElement).get(0) as Y.XmlText
}

function copyOf(ydoc: Y.Doc, clientId: number): Y.Doc {
  const copy = createConceptYDoc()
  copy.clientID = clientId
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc))
  return copy
}

/** Sends what `from` has beyond `to`'s state, as the sync protocol would. */
function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

/**
 * A server copy with three paragraphs by another editor, and the victim's copy of it: synced, never
 * written online, so its clientID belongs to nobody on the server yet.
 */
function setUp() {
  const server = createConceptYDoc()
  server.clientID = 500
  content(server).push([paragraph('Erster Absatz'), paragraph('Zweiter Absatz'), paragraph('Dritter Absatz')])
  const victim = copyOf(server, victimClient)
  return { server, victim }
}

/** Another account writes first with the victim's clientID: a paragraph, or text it deletes again at once. */
function squat(server: Y.Doc, options: { visible: boolean; length?: number }) {
  const squatter = copyOf(server, victimClient)
  const text = 'Fremd'.repeat(options.length ?? 1)
  if (options.visible) content(squatter).insert(1, [paragraph(text)])
  else {
    textOf(squatter, 0).insert(0, text)
    textOf(squatter, 0).delete(0, text.length)
  }
  sync(squatter, server)
  squatter.destroy()
}

type Edit = (ydoc: Y.Doc) => void

/** A random edit chosen on `ydoc`, replayable on any copy with the same content. */
function randomEdit(ydoc: Y.Doc, random: ReturnType<typeof createSeededRandom>): Edit {
  const count = content(ydoc).length
  if (count === 0) return (target) => content(target).push([paragraph('Neu')])
  const index = random.integer(count)
  const length = textOf(ydoc, index).length
  const at = random.integer(length + 1)
  const span = Math.min(length - at, 1 + random.integer(6))
  const word = ` w${random.integer(1000)}`
  switch (random.integer(6)) {
    case 0:
      return (target) => textOf(target, index).insert(at, word)
    case 1:
      return (target) => textOf(target, index).delete(at, span)
    case 2:
      return (target) => textOf(target, index).format(at, span, { bold: true })
    case 3:
      return (target) => content(target).insert(index, [paragraph(`Absatz${word}`)])
    case 4:
      return (target) => (count > 1 ? content(target).delete(index, 1) : textOf(target, index).insert(0, word))
    default:
      return (target) => (content(target).get(index) as Y.XmlElement).setAttribute('id', `block${word}`)
  }
}

function rekeyOnto(server: Y.Doc, local: Y.Doc | Uint8Array, clientIds = [7, 8, 9]): Uint8Array {
  const localUpdate = local instanceof Uint8Array ? local : Y.encodeStateAsUpdate(local)
  const rekeyed = rekeyLocalChanges(localUpdate, Y.encodeStateAsUpdate(server), () => clientIds.shift() ?? 10)
  Y.applyUpdate(server, rekeyed)
  // Everything the update needs is in the server's copy or in the update itself.
  expect(server.store.pendingStructs).toBeNull()
  expect(server.store.pendingDs).toBeNull()
  return rekeyed
}

function itemClients(update: Uint8Array): number[] {
  return [...new Set(Y.decodeUpdate(update).structs.map((struct) => struct.id.client))]
}

function deletedClients(update: Uint8Array): number[] {
  return [...Y.decodeUpdate(update).ds.clients.keys()]
}

describe('rekeyLocalChanges', () => {
  it('moves text typed offline into existing text to a fresh clientID, where it stood', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(7, 'und wichtiger ')
    textOf(victim, 2).insert(14, ' mit Nachtrag')
    textOf(victim, 2).insert(0, 'Der ')
    squat(server, { visible: false })

    const rekeyed = rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(content(victim).toString())
    expect(content(server).toString()).toContain('Erster und wichtiger Absatz')
    expect(itemClients(rekeyed)).toEqual([7])
    expect(deletedClients(rekeyed)).toEqual([])
  })

  it('moves new paragraphs, text typed into them and a paragraph between existing ones', () => {
    const { server, victim } = setUp()
    content(victim).push([paragraph('Neuer Absatz am Ende')])
    textOf(victim, 3).insert(13, 'geschriebener ')
    content(victim).insert(1, [paragraph('Eingeschoben')])
    textOf(victim, 1).insert(0, 'Offline ')
    squat(server, { visible: false })

    const rekeyed = rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(content(victim).toString())
    expect(content(server).toString()).toContain('<paragraph>Offline Eingeschoben</paragraph><paragraph>Zweiter Absatz</paragraph>')
    expect(content(server).toString()).toContain('Neuer Absatz geschriebener am Ende')
    expect(itemClients(rekeyed)).not.toContain(victimClient)
  })

  it('carries deletions of the server’s text as they are and deletions of its own text under the fresh clientID', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).delete(0, 7)
    content(victim).delete(1, 1)
    content(victim).push([paragraph('Verworfen und behalten')])
    textOf(victim, 2).delete(0, 14)
    squat(server, { visible: false })

    const rekeyed = rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(content(victim).toString())
    expect(content(server).toString()).toBe('<paragraph>Absatz</paragraph><paragraph>Dritter Absatz</paragraph><paragraph>behalten</paragraph>')
    expect(itemClients(rekeyed)).toEqual([7])
    expect(deletedClients(rekeyed).sort((a, b) => a - b)).toEqual([7, 500])
  })

  it('moves formatting of existing and of new text, and changed attributes', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).format(0, 6, { bold: true })
    textOf(victim, 1).insert(14, ' kursiv', { italic: true })
    ;(content(victim).get(2) as Y.XmlElement).setAttribute('id', 'block-3')
    squat(server, { visible: false })

    rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(content(victim).toString())
    expect(content(server).toString()).toContain('<bold>Erster</bold>')
    expect(content(server).toString()).toContain('<italic> kursiv</italic>')
    expect((content(server).get(2) as Y.XmlElement).getAttribute('id')).toBe('block-3')
  })

  it('keeps the squatter’s own text beside the moved text, each once', () => {
    const { server, victim } = setUp()
    textOf(victim, 1).insert(7, ' offline')
    content(victim).push([paragraph('Nachgetragen')])
    squat(server, { visible: true })

    rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(
      '<paragraph>Erster Absatz</paragraph><paragraph>Fremd</paragraph><paragraph>Zweiter offline Absatz</paragraph><paragraph>Dritter Absatz</paragraph><paragraph>Nachgetragen</paragraph>',
    )
  })

  it('keeps a new paragraph apart from the squatter’s even when the squatter’s first items look exactly like it', () => {
    const { server, victim } = setUp()
    content(victim).insert(1, [paragraph('Offline geschrieben')])
    squat(server, { visible: true })

    rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(
      '<paragraph>Erster Absatz</paragraph><paragraph>Offline geschrieben</paragraph><paragraph>Fremd</paragraph><paragraph>Zweiter Absatz</paragraph><paragraph>Dritter Absatz</paragraph>',
    )
  })

  it('moves the offline text even when the squatter wrote more than it and the local copy has picked up the surplus', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(13, ' offline')
    squat(server, { visible: true, length: 20 })
    // The server sends the clocks beyond the victim's: Yjs appends the squatter's surplus to the victim's own items.
    sync(server, victim)
    expect(content(victim).toString()).not.toBe(content(server).toString())

    rekeyOnto(server, victim)

    const text = content(server).toString()
    expect(text.split(' offline')).toHaveLength(2)
    expect(text.split('Fremd'.repeat(20))).toHaveLength(2)
    expect(text).toContain('<paragraph>Erster Absatz offline</paragraph>')
  })

  it('keeps the offline text when the local copy has since taken over the server’s deletion of the squatter’s items with the same ids', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(13, ' offline')
    // What the browser wrote itself, as kept when the connection opened.
    const authored = Y.encodeStateAsUpdate(victim)
    squat(server, { visible: false, length: 4 })
    sync(server, victim)
    expect(textOf(victim, 0).toString()).toBe('Erster Absatz')

    rekeyOnto(server, authored)

    expect(content(server).toString()).toBe('<paragraph>Erster Absatz offline</paragraph><paragraph>Zweiter Absatz</paragraph><paragraph>Dritter Absatz</paragraph>')
  })

  it('merges with what others wrote meanwhile at the same places, as if it had written with the fresh clientID from the start', () => {
    const { server, victim } = setUp()
    const fresh = copyOf(server, 7)
    const colleague = copyOf(server, 600)
    textOf(colleague, 0).insert(13, ' (Kollegin)')
    content(colleague).delete(2, 1)
    sync(colleague, server)
    for (const ydoc of [victim, fresh]) {
      textOf(ydoc, 0).insert(13, ' (offline)')
      textOf(ydoc, 1).insert(7, ' geänderter')
    }
    squat(server, { visible: true })
    sync(server, fresh)

    rekeyOnto(server, victim)

    expect(content(server).toString()).toBe(content(fresh).toString())
    expect(textOf(server, 0).toString()).toMatch(/^Erster Absatz( \(Kollegin\)| \(offline\)){2}$/)
    expect(content(server).toString()).toContain('Zweiter geänderter Absatz')
    expect(content(server).toString()).not.toContain('Dritter')
  })

  it('gives the same document as writing with the fresh clientID from the start, for random offline edits, colleagues and squatters', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = createSeededRandom(seed)
      const { server, victim } = setUp()
      const fresh = copyOf(server, 7)
      const colleague = copyOf(server, 600)
      for (let step = 0; step < 8; step++) {
        const edit = randomEdit(victim, random)
        edit(victim)
        edit(fresh)
      }
      for (let step = 0; step < 4; step++) randomEdit(colleague, random)(colleague)
      sync(colleague, server)
      squat(server, { visible: random.next() < 0.5, length: 1 + random.integer(30) })
      const authored = Y.encodeStateAsUpdate(victim)
      if (random.next() < 0.5) sync(server, victim)
      sync(server, fresh)

      const rekeyed = rekeyOnto(server, authored)

      expect(content(server).toString(), `seed ${seed}`).toBe(content(fresh).toString())
      expect(Y.encodeStateVector(server), `seed ${seed}`).toEqual(Y.encodeStateVector(fresh))
      expect(itemClients(rekeyed), `seed ${seed}`).toEqual([7])
    }
  })

  it('moves only what the server lacks when nobody squatted, and nothing once everything has arrived', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(0, 'Gesendet: ')
    sync(victim, server)
    textOf(victim, 1).insert(0, 'Ungesendet: ')

    const rekeyed = rekeyOnto(server, victim)
    expect(content(server).toString()).toBe(content(victim).toString())
    expect(Y.decodeUpdate(rekeyed).structs.reduce((sum, struct) => sum + struct.length, 0)).toBe('Ungesendet: '.length)

    const again = rekeyLocalChanges(Y.encodeStateAsUpdate(server), Y.encodeStateAsUpdate(server))
    expect(Y.decodeUpdate(again).structs).toHaveLength(0)
    expect(Y.decodeUpdate(again).ds.clients.size).toBe(0)
  })

  it('gives each old clientID its own fresh one, so that items referring to each other across them still integrate', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(13, ' eins')
    const reloaded = copyOf(victim, victimClient + 1)
    textOf(reloaded, 0).insert(18, ' zwei')
    textOf(reloaded, 0).insert(18, ' und')
    squat(server, { visible: false })

    const rekeyed = rekeyOnto(server, reloaded)

    expect(content(server).toString()).toBe(content(reloaded).toString())
    expect(textOf(server, 0).toString()).toBe('Erster Absatz eins und zwei')
    expect(itemClients(rekeyed).sort((a, b) => a - b)).toEqual([7, 8])
  })

  it('never hands out a clientID the documents already use', () => {
    const { server, victim } = setUp()
    textOf(victim, 0).insert(0, 'Neu ')
    squat(server, { visible: false })

    const rekeyed = rekeyOnto(server, victim, [500, victimClient, 77])

    expect(itemClients(rekeyed)).toEqual([77])
    expect(content(server).toString()).toBe(content(victim).toString())
  })
})
