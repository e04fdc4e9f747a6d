import { describe, expect, it } from 'vitest'
import { EditorState } from '@tiptap/pm/state'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { createTeilzielNode } from '../../../shared/schema/nodes/teilziel/createTeilzielNode'
import { NodeName } from '../../../shared/schema/nodeNames'

describe('concept schema', () => {
  it('has the node names any Yjs client can rely on', () => {
    const schema = getConceptSchema()
    for (const name of ['handlungsfeld', 'oberziel', 'teilziel', 'massnahme']) expect(schema.nodes[name]).toBeDefined()
  })

  it('creates a Teilziel with its five fields in order', () => {
    const schema = getConceptSchema()
    const teilziel = createTeilzielNode(schema)
    teilziel.check()
    expect(teilziel.content.content.map((field) => field.type.name)).toEqual([
      NodeName.teilzielZiel,
      NodeName.teilzielAufgaben,
      NodeName.teilzielZielgruppe,
      NodeName.teilzielAktivitaeten,
      NodeName.teilzielVerantwortliche,
    ])
    const state = EditorState.create({ schema, doc: schema.node('doc', null, [teilziel]) })
    expect(state.doc.childCount).toBe(1)
  })
})
