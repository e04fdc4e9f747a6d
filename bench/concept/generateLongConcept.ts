import type { LongConcept } from './LongConcept'

const middleMarker = 'Benchmark-Mitte: An dieser Stelle tippt die Messung.'
const endMarker = 'Benchmark-Ende: Das Konzept ist vollständig geladen.'

/**
 * A concept of about `targetCharacters` from the Rendsburg-Eckernförde Beschlussvorlage: its cover sheet and
 * chapters 1–2, then its Handlungsfelder (chapter 3, all the Teilziel blocks) repeated with running section
 * numbers (3.1–3.5, 3.6–3.10, …) and a block number in each heading, then chapters 4–6. About 3,000
 * characters make a printed page, so 600,000 characters are some 200 pages.
 */
export function generateLongConcept(seed: string, targetCharacters: number): LongConcept {
  const lines = seed.split(/\r?\n/)
  const chapterThree = lines.findIndex((line) => /^3 Handlungsfelder/.test(line))
  const bodyStart = lines.findIndex((line, index) => index > chapterThree && /^3\.1 /.test(line))
  const bodyEnd = lines.findIndex((line) => /^4 Steuerung/.test(line))
  if (chapterThree < 0 || bodyStart < 0 || bodyEnd < bodyStart) throw new Error('the seed text does not have the expected chapters 3 and 4')
  const head = lines.slice(0, bodyStart)
  const body = lines.slice(bodyStart, bodyEnd)
  const tail = lines.slice(bodyEnd)
  const sectionsPerBlock = Math.max(...body.map((line) => Number(/^3\.(\d+)[ .]/.exec(line)?.[1] ?? 0)))
  const bodyCharacters = body.join('\n').length
  const fixedCharacters = head.join('\n').length + tail.join('\n').length
  const blocks = Math.max(1, Math.round((targetCharacters - fixedCharacters) / bodyCharacters))
  const middleBlock = Math.floor(blocks / 2)

  const output = [...head]
  for (let block = 0; block < blocks; block++) {
    let firstHeading = true
    for (const line of body) {
      const heading = /^3\.(\d+)((?:\.\d+)?) (.*)$/.exec(line)
      if (!heading) {
        output.push(line)
        continue
      }
      const section = Number(heading[1]) + block * sectionsPerBlock
      output.push(`3.${section}${heading[2]} ${heading[3]}${block > 0 ? ` (Block ${block + 1})` : ''}`)
      if (block === middleBlock && firstHeading) output.push('', middleMarker, '')
      firstHeading = false
    }
  }
  output.push(...tail, '', endMarker, '')
  return { text: output.join('\n'), middleMarker, endMarker }
}
