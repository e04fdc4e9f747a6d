import * as fontkit from 'fontkit'
import type { MissingCharacter } from './MissingCharacter'
import type { PdfFontFace } from './PdfFontFace'
import type { PdfFonts } from './loadPdfFonts'

/** A stretch of text drawn with one font file. */
export interface FontPiece {
  text: string
  /** Path of the font file. */
  font: string
  /** How far (in ems) to draw this piece lower than text is placed, so that its baseline meets the main font's. */
  baselineShift: number
}

interface ChainFont {
  files: Record<PdfFontFace, string>
  font: fontkit.Font
  /** Ascent in ems. */
  ascent: number
}

// Spaces, punctuation and digits take the font of the script around them, so that a right-to-left phrase stays one run.
const neutralPattern = /^[\s\p{P}\p{N}]$/u
const markPattern = /^\p{M}$/u
const ignorablePattern = /^\p{Default_Ignorable_Code_Point}$/u
const missing = -1
const ignored = -2

/**
 * Chooses, character by character, the first font of the chain (Noto Sans, then its fallbacks) that has a
 * glyph for it, and cuts text into pieces of one font each. A character no font has is not dropped: its piece
 * reads "[U+XXXX]" in the main font and it is recorded in `missingCharacters`. Invisible format characters
 * (variation selectors, joiners, soft hyphens) that no font draws are left out.
 */
export class PdfFontChain {
  private readonly chain: ChainFont[]
  private readonly fontIndexByCodePoint = new Map<number, number>()
  private readonly missing = new Map<number, MissingCharacter>()

  constructor(fonts: PdfFonts) {
    this.chain = [
      { files: fonts.faces, ...openFont(fonts.faces.regular) },
      ...fonts.fallbacks.map((fallback) => {
        const bold = fallback.bold ?? fallback.regular
        return { files: { regular: fallback.regular, italic: fallback.regular, bold, boldItalic: bold }, ...openFont(fallback.regular) }
      }),
    ]
  }

  /** Characters that no font covered, in the order first met. */
  get missingCharacters(): MissingCharacter[] {
    return [...this.missing.values()]
  }

  /** Path of the main family's file for a face. */
  mainFont(face: PdfFontFace): string {
    return this.chain[0]!.files[face]
  }

  pieces(text: string, face: PdfFontFace): FontPiece[] {
    const characters = [...text]
    const chosen = characters.map((character) => this.fontIndexOf(character))
    this.attachNeutrals(characters, chosen)
    const pieces: FontPiece[] = []
    let current: { text: string; index: number } | null = null
    characters.forEach((character, position) => {
      const index = chosen[position]!
      if (index === ignored) return
      if (index === missing) {
        if (current) pieces.push(this.piece(current, face))
        current = null
        pieces.push({ text: this.recordMissing(character, text), font: this.mainFont(face), baselineShift: 0 })
        return
      }
      if (current && current.index === index) current.text += character
      else {
        if (current) pieces.push(this.piece(current, face))
        current = { text: character, index }
      }
    })
    if (current) pieces.push(this.piece(current, face))
    return pieces
  }

  private piece(current: { text: string; index: number }, face: PdfFontFace): FontPiece {
    const entry = this.chain[current.index]!
    return { text: current.text, font: entry.files[face], baselineShift: this.chain[0]!.ascent - entry.ascent }
  }

  private attachNeutrals(characters: readonly string[], chosen: number[]) {
    characters.forEach((character, position) => {
      const previous = chosen[position - 1]
      if (previous === undefined || previous < 0) return
      if (markPattern.test(character) && this.covers(previous, character)) {
        chosen[position] = previous
        return
      }
      if (!neutralPattern.test(character) || chosen[position] === previous) return
      const next = chosen.slice(position + 1).find((index, offset) => index >= 0 && !neutralPattern.test(characters[position + 1 + offset]!))
      if (next === previous && this.covers(previous, character)) chosen[position] = previous
    })
  }

  private covers(index: number, character: string): boolean {
    return this.chain[index]!.font.hasGlyphForCodePoint(character.codePointAt(0)!)
  }

  private fontIndexOf(character: string): number {
    const codePoint = character.codePointAt(0)!
    const known = this.fontIndexByCodePoint.get(codePoint)
    if (known !== undefined) return known
    let index = this.chain.findIndex((entry) => entry.font.hasGlyphForCodePoint(codePoint))
    if (index < 0) index = ignorablePattern.test(character) || character === '\n' ? ignored : missing
    this.fontIndexByCodePoint.set(codePoint, index)
    return index
  }

  private recordMissing(character: string, context: string): string {
    const codePoint = character.codePointAt(0)!
    const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
    if (!this.missing.has(codePoint)) this.missing.set(codePoint, { codePoint: name, character, context: context.trim().slice(0, 80) })
    return `[${name}]`
  }
}

function openFont(file: string): { font: fontkit.Font; ascent: number } {
  const font = fontkit.openSync(file)
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`font file holds a collection, not one font: ${file}`)
  return { font, ascent: font.ascent / font.unitsPerEm }
}
