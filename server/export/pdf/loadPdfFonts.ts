import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { PdfFontFace } from './PdfFontFace'

/** A font that covers what Noto Sans lacks: its regular file, and a bold one where the family has it. */
export interface PdfFallbackFont {
  name: string
  regular: string
  bold?: string
}

/**
 * Paths of the font files (PDFKit caches a font by its path): the four faces of the main family, then the
 * fallbacks in the order they are tried for a character the main family has no glyph for.
 */
export interface PdfFonts {
  faces: Record<PdfFontFace, string>
  fallbacks: PdfFallbackFont[]
}

const faceFiles: Record<PdfFontFace, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
}

const fallbackFiles: { name: string; regular: string; bold?: string }[] = [
  { name: 'Noto Sans Arabic', regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf' },
  { name: 'Noto Sans Symbols', regular: '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf' },
  { name: 'Noto Sans Symbols 2', regular: '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf' },
  { name: 'Noto Sans Math', regular: '@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf' },
]

/**
 * Noto Sans and its Arabic, Symbols, Symbols 2 and Math companions (SIL Open Font License) from their npm
 * packages, so that every PDF embeds the same fonts whatever the server has installed. Resolved once when the
 * export service is built; fails early if a file is missing.
 */
export function loadPdfFonts(): PdfFonts {
  const require = createRequire(import.meta.url)
  const resolve = (specifier: string) => {
    const file = require.resolve(specifier)
    if (!existsSync(file)) throw new Error(`font file missing: ${file}`)
    return file
  }
  return {
    faces: { regular: resolve(faceFiles.regular), bold: resolve(faceFiles.bold), italic: resolve(faceFiles.italic), boldItalic: resolve(faceFiles.boldItalic) },
    fallbacks: fallbackFiles.map((font) => ({ name: font.name, regular: resolve(font.regular), ...(font.bold ? { bold: resolve(font.bold) } : {}) })),
  }
}
