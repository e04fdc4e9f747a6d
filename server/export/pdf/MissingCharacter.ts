/** A character no embedded font has a glyph for: drawn as its code point instead, and reported. */
export interface MissingCharacter {
  /** "U+1F600". */
  codePoint: string
  character: string
  /** The word it stands in, where it was first met. */
  context: string
}
