/**
 * Something laid out and ready to draw at a given place: a line of text, a table row, a gap. The page flow
 * places fragments one below the other and breaks pages between them (or inside a splittable one).
 */
export interface PdfFragment {
  height: number
  /** Space above; dropped at the top of a page unless `keepSpaceAtTop`. */
  spaceBefore: number
  keepSpaceAtTop?: boolean
  /** Not to be left alone at the bottom of a page (headings, labels). */
  keepWithNext?: boolean
  /** Starts a new page (unless the page is still empty). */
  pageBreak?: boolean
  /** Table header rows, repeated as artifacts when this fragment continues a table on a new page. */
  repeatedHeader?: PdfFragment[]
  /** Draws the fragment with its top-left corner at (x, y); as an artifact for repeated table headers. */
  draw(x: number, y: number, artifact: boolean): void
  /** Splits off a first part no taller than `available`, or null if nothing sensible fits. */
  split?(available: number): [PdfFragment, PdfFragment] | null
}
