import { describe, expect, it } from 'vitest'
import { contentDisposition } from '../../../server/export/contentDisposition'
import { InvalidInputError } from '../../../server/errors/InvalidInputError'
import { layoutRuns } from '../../../server/export/pdf/layoutRuns'
import { parseExportRequest } from '../../../server/export/parseExportRequest'

// A monospaced stand-in for the font: every character 5 units wide, bold ones 6.
const measure = (text: string, face: string) => text.length * (face === 'bold' ? 6 : 5)

describe('layoutRuns (PDF line breaking)', () => {
  it('breaks between words, never loses or hyphenates text, and keeps formatting per segment', () => {
    const runs = [{ text: 'Die Integration von ' }, { text: 'neu Zugewanderten', bold: true }, { text: ' findet in den Städten und Gemeinden statt.' }]
    const lines = layoutRuns(runs, 100, measure)
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100)
    expect(lines.map((line) => line.segments.map((segment) => segment.text).join('')).join('')).toBe('Die Integration von neu Zugewanderten findet in den Städten und Gemeinden statt.')
    const boldSegments = lines.flatMap((line) => line.segments).filter((segment) => segment.face === 'bold')
    expect(boldSegments.map((segment) => segment.text.trim()).join(' ')).toBe('neu Zugewanderten')
  })

  it('breaks after hyphens and slashes, splits words longer than a line, and honours line breaks', () => {
    const hyphenated = layoutRuns([{ text: 'Kindertagesstätten-einrichtungen' }], 100, measure)
    expect(hyphenated.map((line) => line.segments[0]!.text)).toEqual(['Kindertagesstätten-', 'einrichtungen'])
    const url = layoutRuns([{ text: 'https://www.kreis-rendsburg-eckernfoerde.de/integration', href: 'https://www.kreis-rendsburg-eckernfoerde.de/integration' }], 60, measure)
    expect(url.map((line) => line.segments.map((segment) => segment.text).join('')).join('')).toBe('https://www.kreis-rendsburg-eckernfoerde.de/integration')
    for (const line of url) expect(line.width).toBeLessThanOrEqual(60)
    expect(url.every((line) => line.segments.every((segment) => segment.href?.startsWith('https://')))).toBe(true)
    expect(layoutRuns([{ text: 'Zeile eins\nZeile zwei' }], 500, measure).map((line) => line.segments[0]!.text)).toEqual(['Zeile eins', 'Zeile zwei'])
  })
})

describe('contentDisposition', () => {
  it('sends the German file name RFC 5987-encoded, with an ASCII fallback', () => {
    const header = contentDisposition('Integrationskonzept – Fassung vom 21.03.2019 (Rat) für Ämter.docx')
    expect(header).toBe(
      `attachment; filename="Integrationskonzept - Fassung vom 21.03.2019 (Rat) fuer Aemter.docx"; filename*=UTF-8''Integrationskonzept%20%E2%80%93%20Fassung%20vom%2021.03.2019%20%28Rat%29%20f%C3%BCr%20%C3%84mter.docx`,
    )
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1]!)).toBe('Integrationskonzept – Fassung vom 21.03.2019 (Rat) für Ämter.docx')
    expect(contentDisposition('Zitat „Konzept“ \\ "roh".pdf')).toContain(`filename="Zitat 'Konzept' ' 'roh'.pdf"`)
  })
})

describe('parseExportRequest', () => {
  it('defaults to the concept as PDF of the draft and validates kind, format and from', () => {
    const whole = { changesOnly: false, sections: [] }
    expect(parseExportRequest({})).toEqual({ kind: 'concept', format: 'pdf', version: 'draft', from: null, synopseScope: whole })
    expect(parseExportRequest({ kind: 'synopse', format: 'DOCX', from: 'a', version: 'b' })).toEqual({ kind: 'synopse', format: 'docx', version: 'b', from: 'a', synopseScope: whole })
    expect(() => parseExportRequest({ kind: 'synopse' })).toThrow(InvalidInputError)
    expect(() => parseExportRequest({ format: 'rtf' })).toThrow(/Unbekanntes Format „rtf“/)
  })

  it('reads the Synopse options umfang and abschnitte, and says in German what is wrong with them', () => {
    expect(parseExportRequest({ kind: 'synopse', from: 'a', umfang: 'aenderungen', abschnitte: '3.1, 3.4.,3.1' }).synopseScope).toEqual({ changesOnly: true, sections: ['3.1', '3.4'] })
    expect(() => parseExportRequest({ kind: 'synopse', from: 'a', umfang: 'alles' })).toThrow(/Unbekannter Umfang „alles“. Möglich sind: gesamt, aenderungen/)
    expect(() => parseExportRequest({ kind: 'synopse', from: 'a', abschnitte: '3.1,Bildung' })).toThrow(/„Bildung“ ist keine Abschnittsnummer/)
    expect(() => parseExportRequest({ kind: 'concept', umfang: 'aenderungen' })).toThrow(/nur für die Synopse/)
  })
})
