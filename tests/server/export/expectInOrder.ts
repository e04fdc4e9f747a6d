import { expect } from 'vitest'

/** Letters and digits only: what must survive any renderer, whatever it does to spaces, hyphens and quotes. */
export function lettersOnly(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '')
}

export interface InOrderOptions {
  /**
   * Phrases taken out of the text and of the passages alike before comparing: the labels of a table's
   * label column, which a renderer may interleave line by line with the text column beside them.
   */
  ignoring?: readonly string[]
}

/** Asserts that every passage occurs in `text`, each after the previous one (compared letters only). */
export function expectInOrder(text: string, passages: readonly string[], description: string, options: InOrderOptions = {}) {
  const project = (value: string) => lettersOnly((options.ignoring ?? []).reduce((result, phrase) => result.split(phrase).join(' '), value.replace(/\s+/g, ' ')))
  const haystack = project(text)
  let position = 0
  passages.forEach((passage, index) => {
    const needle = project(passage)
    if (!needle) return
    const found = haystack.indexOf(needle, position)
    expect(found, `${description}: passage ${index + 1} of ${passages.length} not found after the previous one: „${passage.slice(0, 120)}“`).toBeGreaterThanOrEqual(0)
    position = found + needle.length
  })
}
