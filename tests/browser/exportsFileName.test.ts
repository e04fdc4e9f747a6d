import { describe, expect, it } from 'vitest'
import { fileNameFromContentDisposition } from '../../client/exports/fileNameFromContentDisposition'
import { formatByteCount } from '../../client/exports/formatByteCount'
import { contentDisposition } from '../../server/export/contentDisposition'

describe('the download name the export buttons save under', () => {
  it('reads back what the server writes, umlauts and dashes included (RFC 5987 filename*)', () => {
    for (const name of ['Integrationskonzept – Fassung vom 27.08.2020.pdf', 'Beschlussvorlage VO/2020/426-001 „Entwurf“.docx', 'Synopse (Öffentlich) 100% * fertig?.html']) {
      const read = fileNameFromContentDisposition(contentDisposition(name))
      expect(read).toBe(name.replace(/\//g, '-'))
    }
  })

  it('falls back to the plain filename, understands ISO-8859-1, and gives null without a name', () => {
    expect(fileNameFromContentDisposition('attachment; filename="Konzept.pdf"')).toBe('Konzept.pdf')
    expect(fileNameFromContentDisposition('attachment; filename=Konzept.pdf')).toBe('Konzept.pdf')
    expect(fileNameFromContentDisposition("attachment; filename*=iso-8859-1'de'Gr%FC%DFe.txt")).toBe('Grüße.txt')
    expect(fileNameFromContentDisposition("attachment; filename=\"Ersatz.pdf\"; filename*=UTF-8''kaputt%E2%80.pdf")).toBe('Ersatz.pdf')
    expect(fileNameFromContentDisposition('attachment; filename="..\\\\..\\\\boot.ini"')).toBe('..-..-boot.ini')
    expect(fileNameFromContentDisposition('attachment')).toBeNull()
    expect(fileNameFromContentDisposition(null)).toBeNull()
  })

  it('counts bytes the German way', () => {
    expect(formatByteCount(830)).toBe('830 Byte')
    expect(formatByteCount(12_700)).toBe('12,4 KB')
    expect(formatByteCount(1_258_291)).toBe('1,2 MB')
  })
})
