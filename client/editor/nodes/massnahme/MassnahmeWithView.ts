import { ReactNodeViewRenderer } from '@tiptap/react'
import { Massnahme } from '../../../../shared/schema/nodes/massnahme/Massnahme'
import { rerenderOnShownChange } from '../../numbering/rerenderOnShownChange'
import { MassnahmeView } from './MassnahmeView'

/** The shared Maßnahme node, rendered by `MassnahmeView`. */
export const MassnahmeWithView = Massnahme.extend({
  addNodeView() {
    return ReactNodeViewRenderer(MassnahmeView, { update: rerenderOnShownChange })
  },
})
