import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { PdfFontFace } from './PdfFontFace'

/** Paths of the font files, one per face; PDFKit caches a font by its path. */
export type PdfFonts = Record<PdfFontFace, string>

const fontFiles: Record<PdfFontFace, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
}

/**
 * Noto Sans (SIL Open Font License) from its npm package, so that every PDF embeds the same font whatever
 * the server has installed. Resolved once when the export service is built; fails early if a file is missing.
 */
export function loadPdfFonts(): PdfFonts {
  const require = createRequire(import.meta.url)
  const resolve = (face: PdfFontFace) => {
    const file = require.resolve(fontFiles[face])
    if (!existsSync(file)) throw new Error(`font file missing: ${file}`)
    return file
  }
  return { regular: resolve('regular'), bold: resolve('bold'), italic: resolve('italic'), boldItalic: resolve('boldItalic') }
}
