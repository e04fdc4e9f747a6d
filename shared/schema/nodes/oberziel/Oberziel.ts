import { createLabelledField } from '../labelledField/createLabelledField'
import { oberzielDefinition } from '../labelledField/labelledFieldDefinitions'
import { NodeName } from '../../nodeNames'
import { insertBlockNearSelection } from '../../commands/insertBlockNearSelection'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    oberziel: {
      /** Inserts an empty Oberziel (the overall goal of a Handlungsfeld). */
      insertOberziel: () => ReturnType
    }
  }
}

export const Oberziel = createLabelledField(oberzielDefinition).extend({
  addCommands() {
    return {
      insertOberziel:
        () =>
        ({ state, tr, dispatch }) => {
          const oberziel = state.schema.nodes[NodeName.oberziel]!.create(null, state.schema.nodes[NodeName.paragraph]!.create())
          return insertBlockNearSelection(state, tr, oberziel, dispatch)
        },
    }
  },
})
