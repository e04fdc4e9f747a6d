import { ReactNodeViewRenderer } from '@tiptap/react'
import { Teilziel } from '../../../../shared/schema/nodes/teilziel/Teilziel'
import { rerenderOnShownChange } from '../../numbering/rerenderOnShownChange'
import { TeilzielView } from './TeilzielView'

/** The shared Teilziel node, rendered by `TeilzielView`. */
export const TeilzielWithView = Teilziel.extend({
  addNodeView() {
    return ReactNodeViewRenderer(TeilzielView, { update: rerenderOnShownChange })
  },
})
