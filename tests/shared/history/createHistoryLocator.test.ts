import type { JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { createHistoryLocator } from '../../../shared/history/createHistoryLocator'
import { describeUpdateItems } from '../../../shared/history/describeUpdateItems'
import type { HistoryPlace } from '../../../shared/history/HistoryPlace'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../../shared/yjs/conceptConversions'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../utils/createYjsBoundEditor'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'

function sumByPlace(places: HistoryPlace[]): HistoryPlace[] {
  const byPlace = new Map<string, HistoryPlace>()
  for (const place of places) {
    const key = `${place.blockId}|${place.sectionNumber}|${place.blockLabel}`
    const known = byPlace.get(key)
    if (known) {
      known.insertedCharacters += place.insertedCharacters
      known.deletedCharacters += place.deletedCharacters
    } else byPlace.set(key, { ...place })
  }
  return [...byPlace.values()]
}

describe('placing attributed updates in the document', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  it('names section, block and field of typed and deleted text, and the characters of each', () => {
    const ydoc = conceptJsonToYDoc(normalizeConceptDocument(getConceptSchema().nodeFromJSON(smallConceptJson)).toJSON() as JSONContent)
    const recorded: UpdateAttribution[] = []
    ydoc.on('update', (update: Uint8Array) => recorded.push({ userId: 'u', at: new Date().toISOString(), ...describeUpdateItems(Y.decodeUpdate(update)) }))
    bound = createYjsBoundEditor(ydoc)
    const { editor } = bound

    // Eleven characters at the end of the second Teilziel's Zielgruppe (the first Zielgruppe reads the same).
    const zielgruppen: number[] = []
    editor.state.doc.descendants((node, position) => {
      if (node.type.name === 'teilzielZielgruppe') zielgruppen.push(position)
    })
    const secondZielgruppe = editor.state.doc.resolve((zielgruppen[1] ?? 0) + 2)
    bound.select((doc) => TextSelection.create(doc, secondZielgruppe.end()))
    recorded.length = 0
    bound.type(' und Eltern')
    const typed = [...recorded]

    // "Sprachstand " (12 characters) deleted from Maßnahme S1's text.
    const massnahmeText = findTextblock(editor.state.doc, 'Sprachstand feststellen')
    recorded.length = 0
    bound.select((doc) => TextSelection.create(doc, massnahmeText.textStart, massnahmeText.textStart + 'Sprachstand '.length))
    editor.commands.deleteSelection()
    const deleted = [...recorded]

    const locate = createHistoryLocator(ydoc)
    // Typing sends one update per character: summed by place.
    const typedPlaces = sumByPlace(typed.flatMap(locate)).filter((place) => place.insertedCharacters > 0)
    expect(typedPlaces).toEqual([expect.objectContaining({ sectionNumber: '1.1', blockLabel: 'Teilziel 2 · Zielgruppe', insertedCharacters: ' und Eltern'.length, deletedCharacters: 0 })])
    expect(typedPlaces[0]?.blockId).toEqual(expect.any(String))
    const deletedPlaces = sumByPlace(deleted.flatMap(locate)).filter((place) => place.deletedCharacters > 0)
    expect(deletedPlaces).toEqual([expect.objectContaining({ sectionNumber: '1.2', blockLabel: 'Maßnahme S1', insertedCharacters: 0, deletedCharacters: 'Sprachstand '.length })])
  })
})
