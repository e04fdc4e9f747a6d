import type { PdfFontChain } from './PdfFontChain'
import type { PdfFontFace } from './PdfFontFace'

/** Options of one drawn stretch of text, as PDFKit takes them. */
export type PdfTextOptions = Pick<PDFKit.Mixins.TextOptions, 'underline' | 'strike' | 'link'>

/**
 * Measures and draws single lines of text through the font chain: each stretch in the first font that has
 * its glyphs, so no character turns into an empty box.
 */
export class PdfText {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PdfFontChain,
  ) {}

  width(text: string, face: PdfFontFace, size: number): number {
    let width = 0
    for (const piece of this.fonts.pieces(text, face)) width += this.doc.font(piece.font).fontSize(size).widthOfString(piece.text)
    return width
  }

  /**
   * Draws `text` on one line from (x, y) in the current fill colour. A right-to-left stretch is drawn in visual
   * order (the shaper reverses letters; numbers inside it keep reading left to right) and carries its logical
   * text as ActualText, since letters that share one glyph in the font (dotless forms plus dot marks) cannot be
   * told apart by the font's ToUnicode map.
   */
  draw(text: string, face: PdfFontFace, size: number, x: number, y: number, options: PdfTextOptions = {}) {
    let left = x
    for (const piece of this.fonts.pieces(text, face)) {
      this.doc.font(piece.font).fontSize(size)
      const top = y + piece.baselineShift * size
      if (!rightToLeftPattern.test(piece.text)) {
        this.doc.text(piece.text, left, top, { lineBreak: false, ...options })
        left += this.doc.widthOfString(piece.text)
        continue
      }
      this.doc.markContent('Span', { actual: piece.text })
      for (const part of piece.text.split(numberPattern).filter(Boolean).reverse()) {
        // The shaper reverses Arabic-Indic digits like letters; reversed here first, they read in their own order.
        const drawn = /^\p{N}/u.test(part) && arabicDigitPattern.test(part) ? Array.from(part).reverse().join('') : part
        this.doc.text(drawn, left, top, { lineBreak: false, ...options })
        left += this.doc.widthOfString(drawn)
      }
      this.doc.endMarkedContent()
    }
  }
}

const rightToLeftPattern = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u
const numberPattern = /(\p{N}+(?:[.,:/]\p{N}+)*|\s+)/u
const arabicDigitPattern = /[\u0660-\u0669\u06F0-\u06F9]/u
