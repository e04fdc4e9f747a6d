import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import { BlockId } from './blockId/BlockId'
import { ConceptRepair } from './repair/ConceptRepair'
import { NodeName } from './nodeNames'
import { StructureSafeEditing } from './structureSafeEditing/StructureSafeEditing'
import { FieldBulletList, FieldOrderedList, FieldParagraph } from './nodes/textBlocks/fieldBlockNodes'
import { Handlungsfeld } from './nodes/handlungsfeld/Handlungsfeld'
import { HandlungsfeldTitel } from './nodes/handlungsfeld/HandlungsfeldTitel'
import { Oberziel } from './nodes/oberziel/Oberziel'
import { Teilziel } from './nodes/teilziel/Teilziel'
import { TeilzielFields } from './nodes/teilziel/TeilzielFields'
import { Massnahme } from './nodes/massnahme/Massnahme'
import { MassnahmeFields } from './nodes/massnahme/MassnahmeFields'
import { teilzielFieldNames } from './nodes/teilziel/teilzielFieldDefinitions'
import { massnahmeFieldNames } from './nodes/massnahme/massnahmeFieldDefinitions'

/** Node types that carry a stable block id. */
export const blockIdTypes: string[] = [
  NodeName.paragraph,
  NodeName.heading,
  NodeName.bulletList,
  NodeName.orderedList,
  NodeName.listItem,
  'blockquote',
  'horizontalRule',
  'table',
  NodeName.handlungsfeld,
  NodeName.handlungsfeldTitel,
  NodeName.oberziel,
  NodeName.teilziel,
  ...teilzielFieldNames,
  NodeName.massnahme,
  ...massnahmeFieldNames,
]

export interface ConceptExtensionOptions {
  /** Local undo history; off when Yjs collaboration brings its own undo manager. */
  history?: boolean
}

/**
 * The Integrationskonzept schema as Tiptap extensions, without any view code: the client adds NodeViews
 * on top, the server builds the same schema from it for validation, conversion and export.
 */
export function createConceptExtensions(options: ConceptExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      paragraph: false,
      bulletList: false,
      orderedList: false,
      code: false,
      codeBlock: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      undoRedo: options.history ? {} : false,
      // Two clients would each add the trailing paragraph at once; the gap cursor reaches the end instead.
      trailingNode: false,
    }),
    FieldParagraph,
    FieldBulletList,
    FieldOrderedList,
    TableKit.configure({ table: { resizable: false } }),
    Handlungsfeld,
    HandlungsfeldTitel,
    Oberziel,
    Teilziel,
    ...TeilzielFields,
    Massnahme,
    ...MassnahmeFields,
    BlockId.configure({ types: blockIdTypes }),
    ConceptRepair,
    StructureSafeEditing,
  ]
}
