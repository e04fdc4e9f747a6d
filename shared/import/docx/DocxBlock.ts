import type { JSONContent } from '@tiptap/core'

/** A paragraph-level piece of the converted Word document, its text already as ProseMirror inline JSON. */
export type DocxBlock = DocxHeading | DocxParagraph | DocxList | DocxTable

export interface DocxHeading {
  kind: 'heading'
  /** 1–6, from Word's heading styles. */
  level: number
  inline: JSONContent[]
  text: string
}

export interface DocxParagraph {
  kind: 'paragraph'
  /** The class the style map gave the paragraph (`fassung-title`, `fassung-toc`, …), or ''. */
  className: string
  inline: JSONContent[]
  text: string
  /** Every character is bold (a heading typed as a bold paragraph). */
  allBold: boolean
}

export interface DocxList {
  kind: 'list'
  ordered: boolean
  items: DocxBlock[][]
}

export interface DocxTable {
  kind: 'table'
  rows: DocxTableCell[][]
}

export interface DocxTableCell {
  header: boolean
  columnSpan: number
  blocks: DocxBlock[]
  text: string
}
