import { ReactNodeViewRenderer } from '@tiptap/react'
import { Handlungsfeld } from '../../../../shared/schema/nodes/handlungsfeld/Handlungsfeld'
import { rerenderOnShownChange } from '../../numbering/rerenderOnShownChange'
import { HandlungsfeldView } from './HandlungsfeldView'

/** The shared Handlungsfeld node, rendered by `HandlungsfeldView`. */
export const HandlungsfeldWithView = Handlungsfeld.extend({
  addNodeView() {
    return ReactNodeViewRenderer(HandlungsfeldView, { update: rerenderOnShownChange })
  },
})
