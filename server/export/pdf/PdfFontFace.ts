/** The four faces of the embedded font family. */
export type PdfFontFace = 'regular' | 'bold' | 'italic' | 'boldItalic'

export function fontFaceOf(bold: boolean, italic: boolean): PdfFontFace {
  if (bold && italic) return 'boldItalic'
  if (bold) return 'bold'
  return italic ? 'italic' : 'regular'
}
