import type { ExportRun } from '../../../shared/export/ExportDocument'
import { fontFaceOf, type PdfFontFace } from './PdfFontFace'

/** A piece of a line drawn in one go: same face, size, decoration and link. */
export interface LineSegment {
  text: string
  face: PdfFontFace
  /** Offset from the line's start. */
  x: number
  width: number
  underline: boolean
  strike: boolean
  href: string | null
  change: ExportRun['change'] | null
  color: string | null
}

export interface LaidOutLine {
  segments: LineSegment[]
  width: number
}

export type MeasureText = (text: string, face: PdfFontFace) => number

interface Token {
  text: string
  run: ExportRun
  face: PdfFontFace
  /** Width without trailing spaces, and with them. */
  width: number
  fullWidth: number
  forcedBreak: boolean
}

// A word with its trailing spaces; words also break after a hyphen or slash followed by a letter or digit.
const tokenPattern = /[^\s\-/]*[-/]+(?=[\p{L}\p{N}])|\S+\s*|\s+/gu

/**
 * Breaks runs into lines of at most `width` (greedy, ragged right). Text is never hyphenated or dropped:
 * a word wider than the line is split between characters; `\n` in a run forces a break.
 */
export function layoutRuns(runs: readonly ExportRun[], width: number, measure: MeasureText, baseFace: { bold?: boolean; italic?: boolean } = {}): LaidOutLine[] {
  const tokens = tokenize(runs, measure, baseFace)
  const lines: Token[][] = [[]]
  let lineWidth = 0
  for (const token of tokens) {
    if (token.forcedBreak) {
      lines.push([])
      lineWidth = 0
      continue
    }
    let current = lines[lines.length - 1]!
    if (current.length > 0 && lineWidth + token.width > width) {
      current = []
      lines.push(current)
      lineWidth = 0
    }
    if (token.width > width) {
      for (const piece of splitWord(token, width - lineWidth, width, measure)) {
        if (current.length > 0 && lineWidth + piece.width > width) {
          current = []
          lines.push(current)
          lineWidth = 0
        }
        current.push(piece)
        lineWidth += piece.fullWidth
      }
      continue
    }
    current.push(token)
    lineWidth += token.fullWidth
  }
  return lines.map(toLine)
}

function tokenize(runs: readonly ExportRun[], measure: MeasureText, baseFace: { bold?: boolean; italic?: boolean }): Token[] {
  const tokens: Token[] = []
  for (const run of runs) {
    const face = fontFaceOf(!!(run.bold || baseFace.bold), !!(run.italic || baseFace.italic))
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) tokens.push({ text: '', run, face, width: 0, fullWidth: 0, forcedBreak: true })
      for (const match of part.matchAll(tokenPattern)) {
        const text = match[0]
        tokens.push({ text, run, face, width: measure(text.trimEnd(), face), fullWidth: measure(text, face), forcedBreak: false })
      }
    })
  }
  return tokens
}

function splitWord(token: Token, firstWidth: number, width: number, measure: MeasureText): Token[] {
  const pieces: Token[] = []
  let available = firstWidth > width / 4 ? firstWidth : width
  let piece = ''
  for (const character of token.text) {
    if (piece && measure(piece + character, token.face) > available) {
      pieces.push({ ...token, text: piece, width: measure(piece, token.face), fullWidth: measure(piece, token.face) })
      piece = ''
      available = width
    }
    piece += character
  }
  if (piece) pieces.push({ ...token, text: piece, width: measure(piece.trimEnd(), token.face), fullWidth: measure(piece, token.face) })
  return pieces
}

function toLine(tokens: Token[]): LaidOutLine {
  const segments: LineSegment[] = []
  let x = 0
  tokens.forEach((token, index) => {
    const last = segments.at(-1)
    const isLast = index === tokens.length - 1
    // A line's trailing space is drawn (so that extracted text keeps its words apart) but takes no room.
    const width = isLast ? token.width : token.fullWidth
    const text = token.text
    if (last && last.face === token.face && last.href === (token.run.href ?? null) && last.change === (token.run.change ?? null) && last.color === (token.run.color ?? null) && last.underline === !!token.run.underline && last.strike === !!token.run.strike) {
      last.text += text
      last.width += width
    } else {
      segments.push({
        text,
        face: token.face,
        x,
        width,
        underline: !!token.run.underline,
        strike: !!token.run.strike,
        href: token.run.href ?? null,
        change: token.run.change ?? null,
        color: token.run.color ?? null,
      })
    }
    x += width
  })
  return { segments: segments.filter((segment) => segment.text), width: x }
}
