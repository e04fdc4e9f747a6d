import type { JSONContent } from '@tiptap/core'

/** The result of one layout-specific importer, before it is wrapped into a document. */
export interface ImportedContent {
  content: JSONContent[]
  title: string | null
  coverSheet: boolean
  warnings: string[]
  /** The section number the source gave a numbered node (chapter heading, Handlungsfeld), to verify numbering. */
  sourceNumbers: Map<JSONContent, string>
}
