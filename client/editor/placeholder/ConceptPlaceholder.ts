import { Placeholder } from '@tiptap/extensions'
import { NodeName } from '../../../shared/schema/nodeNames'

/**
 * Hints in the empty block at the cursor: what a title expects, and that "/" opens the building blocks.
 * The paragraph hint is hidden by CSS inside labelled fields and lists, where the label says enough.
 */
export const ConceptPlaceholder = Placeholder.configure({
  includeChildren: true,
  placeholder: ({ node }) => {
    if (node.type.name === NodeName.handlungsfeldTitel) return 'Titel des Handlungsfelds'
    if (node.type.name === NodeName.heading) return 'Überschrift'
    if (node.type.name === NodeName.paragraph) return 'Text schreiben oder „/“ für Bausteine tippen'
    return ''
  },
})
