import { mergeAttributes, Node } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { NodeName } from '../../nodeNames'
import { insertBlockNearSelection } from '../../commands/insertBlockNearSelection'
import { massnahmeFieldNames } from './massnahmeFieldDefinitions'

export interface MassnahmeAttributes {
  code: string
  zeitraum: string
  status: string
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    massnahme: {
      /** Inserts an empty Maßnahme (code, text, Verantwortliche) and puts the cursor into its text. */
      insertMassnahme: (attributes?: Partial<MassnahmeAttributes>) => ReturnType
      /** Sets code, Zeitraum or Status of the Maßnahme at `position`. */
      updateMassnahme: (position: number, attributes: Partial<MassnahmeAttributes>) => ReturnType
    }
  }
}

export function createMassnahmeNode(schema: Schema, attributes: Partial<MassnahmeAttributes> = {}) {
  const fields = massnahmeFieldNames.map((name) => schema.nodes[name]!.create(null, schema.nodes[NodeName.paragraph]!.create()))
  return schema.nodes[NodeName.massnahme]!.create(attributes, fields)
}

function stringAttribute(name: string) {
  return {
    default: '',
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: String(attributes[name] ?? '') }),
  }
}

export const Massnahme = Node.create({
  name: NodeName.massnahme,
  group: 'block',
  content: 'massnahmeField*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      code: stringAttribute('code'),
      zeitraum: stringAttribute('zeitraum'),
      status: stringAttribute('status'),
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="massnahme"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': NodeName.massnahme, class: 'massnahme' }), 0]
  },

  addCommands() {
    return {
      insertMassnahme:
        (attributes = {}) =>
        ({ state, tr, dispatch }) =>
          insertBlockNearSelection(state, tr, createMassnahmeNode(state.schema, attributes), dispatch),
      updateMassnahme:
        (position, attributes) =>
        ({ state, tr, dispatch }) => {
          const node = state.doc.nodeAt(position)
          if (!node || node.type.name !== NodeName.massnahme) return false
          if (dispatch) {
            for (const [key, value] of Object.entries(attributes)) tr.setNodeAttribute(position, key, value)
            dispatch(tr)
          }
          return true
        },
    }
  },
})
