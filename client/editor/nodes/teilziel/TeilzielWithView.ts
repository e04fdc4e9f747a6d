import { ReactNodeViewRenderer } from '@tiptap/react'
import { Teilziel } from '../../../../shared/schema/nodes/teilziel/Teilziel'
import { rerenderOnNumberingChange } from '../../numbering/rerenderOnNumberingChange'
import { TeilzielView } from './TeilzielView'

/** The shared Teilziel node, rendered by `TeilzielView`. */
export const TeilzielWithView = Teilziel.extend({
  addNodeView() {
    return ReactNodeViewRenderer(TeilzielView, { update: rerenderOnNumberingChange })
  },
})
