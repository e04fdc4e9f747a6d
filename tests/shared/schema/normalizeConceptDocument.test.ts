import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { findConceptRepairs } from '../../../shared/schema/repair/findConceptRepairs'
import { createSeededRandom } from '../../utils/createSeededRandom'

const teilzielFields = ['teilzielZiel', 'teilzielAufgaben', 'teilzielZielgruppe', 'teilzielAktivitaeten', 'teilzielVerantwortliche']
const massnahmeFields = ['massnahmeText', 'massnahmeVerantwortliche']

function randomConcept(seed: number): JSONContent {
  const random = createSeededRandom(seed)
  const paragraph = (): JSONContent => (random.next() < 0.3 ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: `Text ${random.integer(5)}` }] })
  const field = (name: string): JSONContent => (random.next() < 0.3 ? { type: name } : { type: name, content: [paragraph()] })
  const id = () => (random.next() < 0.5 ? { id: random.pick(['a', 'b', 'c', null]) } : {})
  const block = (depth: number): JSONContent => {
    const choice = random.next()
    if (choice < 0.3) return { type: 'teilziel', attrs: id(), content: Array.from({ length: random.integer(7) }, () => field(random.pick(teilzielFields))) }
    if (choice < 0.5) return { type: 'massnahme', attrs: { ...id(), code: 'S1' }, content: Array.from({ length: random.integer(4) }, () => field(random.pick(massnahmeFields))) }
    if (choice < 0.6) return { type: 'oberziel', attrs: id(), content: random.next() < 0.5 ? [] : [paragraph()] }
    if (choice < 0.8 && depth < 3) {
      const title = random.next() < 0.5 ? [{ type: 'handlungsfeldTitel', content: [{ type: 'text', text: 'Titel' }] }] : []
      return { type: 'handlungsfeld', attrs: id(), content: [...title, ...Array.from({ length: random.integer(4) }, () => block(depth + 1))] }
    }
    return { ...paragraph(), attrs: id() }
  }
  return { type: 'doc', content: Array.from({ length: 1 + random.integer(4) }, () => block(0)) }
}

function blockIds(json: JSONContent): unknown[] {
  const own = json.attrs && 'id' in json.attrs ? [json.attrs['id']] : []
  return [...own, ...(json.content ?? []).flatMap(blockIds)]
}

describe('normalizeConceptDocument', () => {
  it('leaves nothing to repair, keeps all text and gives every block a unique id, for random broken concepts', () => {
    const schema = getConceptSchema()
    for (let seed = 0; seed < 500; seed += 1) {
      const input = schema.nodeFromJSON(randomConcept(seed))
      const normalized = normalizeConceptDocument(input)
      normalized.check()
      expect(findConceptRepairs(normalized, schema), `seed ${seed}`).toEqual([])
      expect(normalized.textContent, `seed ${seed}`).toBe(input.textContent)
      const ids = blockIds(normalized.toJSON() as JSONContent)
      expect(ids.every((id) => typeof id === 'string' && id.length > 0), `seed ${seed}`).toBe(true)
      expect(new Set(ids).size, `seed ${seed}`).toBe(ids.length)
    }
  })

  it('inserts missing fields in their order and keeps ids that are already unique', () => {
    const schema = getConceptSchema()
    const input = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'teilziel', attrs: { id: 'erstes' }, content: [{ type: 'teilzielAufgaben', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Aufgabe' }] }] }] },
        { type: 'teilziel', attrs: { id: 'erstes' }, content: [] },
      ],
    })
    const normalized = normalizeConceptDocument(input).toJSON() as JSONContent
    const [first, second] = normalized.content!
    expect(first!.attrs!['id']).toBe('erstes')
    expect(second!.attrs!['id']).not.toBe('erstes')
    expect(first!.content!.map((child) => child.type)).toEqual(teilzielFields)
    expect(second!.content!.map((child) => child.type)).toEqual(teilzielFields)
  })

  it('normalizes 60,000 blocks (a transform step per block would copy the document 60,000 times)', () => {
    const schema = getConceptSchema()
    const content = Array.from({ length: 60_000 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Absatz ${index}` }] }))
    const normalized = normalizeConceptDocument(schema.nodeFromJSON({ type: 'doc', content }))
    expect(normalized.childCount).toBe(60_000)
    expect(new Set(blockIds(normalized.toJSON() as JSONContent)).size).toBe(60_000)
  })
})
