import { describe, expect, it } from 'vitest'
import { cleanConvertedText } from '../../../shared/import/cleanConvertedText'
import { isConversionDebris } from '../../../shared/import/isConversionDebris'
import { createSeededRandom } from '../../utils/createSeededRandom'
import { readFixture } from './importFixture'

// cleanConvertedText as it was written with (quadratic) regular expressions; the linear version must agree with it.
function regexCleanLine(raw: string): string {
  const line = raw.replace(/\s+$/, '')
  return /^\t*[^\t]+\t/.test(line.replace(/^ +/, '')) ? line.replace(/^ +/, '') : line.trim()
}

function regexRemoveTableOfContents(lines: readonly string[]): { lines: string[]; removedEntries: number } {
  const tocHeading = /^(?:Inhaltsverzeichnis|Inhalt|Gliederung)$/i
  const tocEntry = /^\S.*?(?:\t+|\s*\.{3,}\s*|[ ]{2,})\d{1,3}$/
  const numberedTocEntry = /^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S.*?(?:\t+|\s*\.{3,}\s*|[ ]{2,})\d{1,3}$/
  const result: string[] = []
  let removedEntries = 0
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!.trim()
    const isHeading = tocHeading.test(line)
    if (isHeading || numberedTocEntry.test(line)) {
      const entryPattern = isHeading ? tocEntry : numberedTocEntry
      let end = isHeading ? index + 1 : index
      let entries = 0
      let lastEntryEnd = end
      while (end < lines.length) {
        const candidate = lines[end]!.trim()
        if (candidate && !entryPattern.test(candidate)) break
        end += 1
        if (candidate) {
          entries += 1
          lastEntryEnd = end
        }
      }
      if (entries >= (isHeading ? 2 : 3)) {
        removedEntries += entries
        index = lastEntryEnd
        continue
      }
    }
    result.push(lines[index]!)
    index += 1
  }
  return { lines: result, removedEntries }
}

function regexCleanConvertedText(text: string): { lines: string[]; warnings: string[] } {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
  const warnings: string[] = []
  const kept: string[] = []
  for (const raw of normalized.split('\n')) {
    const line = regexCleanLine(raw)
    if (line && isConversionDebris(line.trim())) {
      warnings.push(`Umwandlungsrest entfernt: „${line.trim()}“`)
      continue
    }
    kept.push(line)
  }
  const { lines, removedEntries } = regexRemoveTableOfContents(kept)
  if (removedEntries > 0) warnings.push(`Inhaltsverzeichnis mit ${removedEntries} Einträgen entfernt – es ergibt sich aus den Überschriften.`)
  while (lines.length > 0 && !lines[0]!.trim()) lines.shift()
  while (lines.length > 0 && !lines[lines.length - 1]!.trim()) lines.pop()
  return { lines, warnings }
}

describe('cleanConvertedText: linear on long whitespace runs', () => {
  it('trims lines exactly as the regular expressions did, on random lines of spaces, tabs and text', () => {
    const random = createSeededRandom(9)
    const pieces = [' ', '  ', '\t', '\u3000', '\u2028', 'a', 'Wort', '\t\t', 'x y']
    for (let round = 0; round < 2000; round += 1) {
      const raw = Array.from({ length: random.integer(8) }, () => random.pick(pieces)).join('')
      const expected = regexCleanLine(raw)
      // Lines that the regular expressions left empty or as debris never reach the result as text.
      const { lines } = cleanConvertedText(`Kopf\n${raw}\nFuß`)
      expect(lines, JSON.stringify(raw)).toEqual(['Kopf', expected, 'Fuß'])
    }
  })

  it('gives the same lines and warnings as before for the sample concepts', () => {
    for (const name of ['rendsburg-eckernfoerde-beschlussvorlage.txt', 'vechta-mindmap.txt', 'warendorf-synopse.txt']) {
      const text = readFixture(name)
      expect(cleanConvertedText(text), name).toEqual(regexCleanConvertedText(text))
    }
  })

  it('recognises table-of-contents entries exactly as the regular expressions did, on random short lines', () => {
    const random = createSeededRandom(17)
    const numbers = ['', '', '1 ', '1.2 ', '12. ', '1.2.3\t', '123 ']
    const pieces = ['1', '.', ' ', '\t', 'Eins', 'a', ' .', '...']
    const separators = ['\t', '  ', ' ... ', '....', ' . ', ' ', '\t\t', '.. ', '']
    const pages = ['5', '12', '123', '1234', '', 'a']
    for (let round = 0; round < 3000; round += 1) {
      const entry = () => random.pick(numbers) + Array.from({ length: random.integer(4) }, () => random.pick(pieces)).join('') + random.pick(separators) + random.pick(pages)
      const entries = Array.from({ length: 3 }, entry)
      for (const heading of ['Inhaltsverzeichnis', 'Vorwort']) {
        const text = [heading, ...entries, 'Schluss'].join('\n')
        expect(cleanConvertedText(text), JSON.stringify(text)).toEqual(regexCleanConvertedText(text))
      }
    }
  })

  it('cleans a line of a few megabytes of whitespace between two words (quadratic trimming would not finish)', () => {
    const gap = ' \t'.repeat(1_000_000)
    const { lines } = cleanConvertedText(`Anfang${gap}Ende${' '.repeat(2_000_000)}\n${' '.repeat(3_000_000)}\nZweite Zeile`)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(`Anfang${gap}Ende`)
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe('Zweite Zeile')
  })

  it('reads a long line of spaced dots and digits after a section number, as a table of contents would look', () => {
    const line = `1.1 Titel${' .'.repeat(500_000)}\t5`
    const { lines } = cleanConvertedText(`${line}\nText`)
    expect(lines).toEqual([line, 'Text'])
  })
})
