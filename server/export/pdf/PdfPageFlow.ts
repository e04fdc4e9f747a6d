import type { PdfFragment } from './PdfFragment'
import type { PdfText } from './PdfText'
import { colors } from './pdfTypography'

export interface PdfPageGeometry {
  margins: { top: number; bottom: number; left: number; right: number }
}

// Below this much room a splittable row is not started on the page at all.
const minimumSplitRoom = 60
const footerSize = 8

/**
 * Places fragments top to bottom on the pages of a PDFKit document: breaks pages where the next fragment
 * does not fit (keeping headings with what follows, splitting table rows that are taller than the room
 * left), repeats table headers, and draws the footer of each page as an artifact.
 */
export class PdfPageFlow {
  private y: number
  private pageNumber = 1
  private pageIsEmpty = true

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly geometry: PdfPageGeometry,
    private readonly text: PdfText,
    private readonly footer: { text: string; totalPages: number | null },
  ) {
    this.y = geometry.margins.top
    this.drawFooter()
  }

  get currentPage(): number {
    return this.pageNumber
  }

  get pageCount(): number {
    return this.pageNumber
  }

  place(fragments: readonly PdfFragment[]) {
    const queue = [...fragments]
    let index = 0
    // The fragment a page was already broken for: it goes on this page even if it still does not fit.
    let brokenFor = -1
    while (index < queue.length) {
      const fragment = queue[index]!
      if (fragment.pageBreak) {
        if (!this.pageIsEmpty) this.newPage()
        index += 1
        continue
      }
      const spaceBefore = this.pageIsEmpty && !fragment.keepSpaceAtTop ? 0 : fragment.spaceBefore
      const room = this.bottom - this.y - spaceBefore
      const fits = fragment.height + this.keptHeight(queue, index) <= room
      if (!fits && !this.pageIsEmpty && brokenFor !== index) {
        const parts = fragment.split && room >= minimumSplitRoom ? fragment.split(room) : null
        if (parts) {
          this.draw(parts[0], spaceBefore)
          queue[index] = continuation(parts[1], fragment)
        }
        this.breakPage(fragment)
        brokenFor = parts ? -1 : index
        continue
      }
      if (fragment.height > room && fragment.split) {
        const parts = fragment.split(room)
        if (parts) {
          this.draw(parts[0], spaceBefore)
          queue[index] = continuation(parts[1], fragment)
          this.breakPage(fragment)
          continue
        }
      }
      this.draw(fragment, spaceBefore)
      index += 1
    }
  }

  private get bottom(): number {
    return this.doc.page.height - this.geometry.margins.bottom
  }

  /** Height of what must stay on the page with fragment `index`: the rest of a keep-with-next chain, and a start of what follows it. */
  private keptHeight(queue: readonly PdfFragment[], index: number): number {
    let height = 0
    let current = queue[index]!
    let next = index + 1
    while (current.keepWithNext && next < queue.length) {
      const following = queue[next]!
      if (following.pageBreak) break
      const part = following.split ? Math.min(following.height, minimumSplitRoom) : following.height
      height += following.spaceBefore + part
      if (!following.keepWithNext) break
      current = following
      next += 1
    }
    return height
  }

  private draw(fragment: PdfFragment, spaceBefore: number, artifact = false) {
    this.y += spaceBefore
    fragment.draw(this.geometry.margins.left, this.y, artifact)
    this.y += fragment.height
    this.pageIsEmpty = false
  }

  private breakPage(continued: PdfFragment) {
    this.newPage()
    for (const header of continued.repeatedHeader ?? []) this.draw(header, 0, true)
  }

  private newPage() {
    this.doc.addPage()
    this.pageNumber += 1
    this.y = this.geometry.margins.top
    this.pageIsEmpty = true
    this.drawFooter()
  }

  private drawFooter() {
    const { margins } = this.geometry
    const width = this.doc.page.width - margins.left - margins.right
    const y = this.doc.page.height - margins.bottom + 22
    const pageText = this.footer.totalPages ? `Seite ${this.pageNumber} von ${this.footer.totalPages}` : `Seite ${this.pageNumber}`
    this.doc.markContent('Artifact', { type: 'Pagination' })
    this.doc.save()
    this.doc.lineWidth(0.5).strokeColor(colors.border).moveTo(margins.left, y - 5).lineTo(margins.left + width, y - 5).stroke()
    this.doc.fillColor(colors.footer)
    const measure = (text: string) => this.text.width(text, 'regular', footerSize)
    const pageWidth = measure(pageText)
    this.text.draw(fitText(measure, this.footer.text, width - pageWidth - 20), 'regular', footerSize, margins.left, y)
    this.text.draw(pageText, 'regular', footerSize, margins.left + width - pageWidth, y)
    this.doc.restore()
    this.doc.endMarkedContent()
  }
}

function continuation(tail: PdfFragment, original: PdfFragment): PdfFragment {
  return { ...tail, spaceBefore: 0, ...(original.repeatedHeader ? { repeatedHeader: original.repeatedHeader } : {}) }
}

function fitText(measure: (text: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text
  let shortened = text
  while (shortened.length > 1 && measure(`${shortened}…`) > width) shortened = Array.from(shortened).slice(0, -1).join('')
  return `${shortened.trimEnd()}…`
}
