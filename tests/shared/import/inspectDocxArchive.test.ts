import { describe, expect, it } from 'vitest'
import { DocxImportError } from '../../../shared/import/docx/DocxImportError'
import { inspectDocxArchive } from '../../../shared/import/docx/inspectDocxArchive'
import { ImportLimitError } from '../../../shared/import/ImportLimitError'
import type { ImportLimits } from '../../../shared/import/ImportLimits'
import { defaultImportLimits } from '../../../shared/import/defaultImportLimits'
import { buildZipArchive, docxPackageEntries } from '../../utils/buildZipArchive'

const body = (paragraphs: number) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:pPr/><w:r><w:rPr/><w:t>Text</w:t></w:r></w:p>'.repeat(paragraphs)}</w:body></w:document>`
const limits = (overrides: Partial<ImportLimits>): ImportLimits => ({ ...defaultImportLimits, ...overrides })

describe('inspectDocxArchive', () => {
  it('counts parts, inflated bytes and paragraphs plus runs (not their properties) of a sound archive', () => {
    const archive = buildZipArchive([...docxPackageEntries({ name: 'word/document.xml', content: body(10) }), { name: 'word/media/bild.png', content: 'PNG', stored: true }])
    const report = inspectDocxArchive(archive, defaultImportLimits)
    expect(report).toMatchObject({ entries: 4, elements: 20 })
    expect(report.inflatedBytes).toBeGreaterThan(body(10).length)
  })

  it('counts paragraphs whatever namespace prefix they carry', () => {
    const xml = body(3).replaceAll('w:', 'x:')
    expect(inspectDocxArchive(buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: xml })), defaultImportLimits).elements).toBe(6)
    expect(() => inspectDocxArchive(buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: xml })), limits({ maxElements: 5 }))).toThrow(ImportLimitError)
  })

  it('refuses more parts than allowed, by the end record or by the directory itself', () => {
    const entries = [...docxPackageEntries({ name: 'word/document.xml', content: body(1) }), ...Array.from({ length: 20 }, (_, index) => ({ name: `teil${index}`, stored: true }))]
    expect(() => inspectDocxArchive(buildZipArchive(entries), limits({ maxArchiveEntries: 10 }))).toThrow(ImportLimitError)
    expect(() => inspectDocxArchive(buildZipArchive(entries, { declaredEntryCount: 3 }), limits({ maxArchiveEntries: 10 }))).toThrow(ImportLimitError)
  })

  it('refuses a part that is larger or smaller than its declared size, stored or deflated', () => {
    const larger = buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: body(5), declaredSize: 100 }))
    expect(() => inspectDocxArchive(larger, defaultImportLimits)).toThrow(DocxImportError)
    const stored = buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: body(5), stored: true, declaredSize: 100 }))
    expect(() => inspectDocxArchive(stored, defaultImportLimits)).toThrow(DocxImportError)
  })

  it('refuses parts whose data overlap, so no byte is inflated twice', () => {
    const archive = Buffer.from(buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: body(5) })))
    // Point the second part's directory entry at the first part's local header.
    const directory = archive.readUInt32LE(archive.length - 22 + 16)
    const secondEntry = directory + 46 + archive.readUInt16LE(directory + 28)
    archive.writeUInt32LE(0, secondEntry + 42)
    archive.writeUInt32LE(archive.readUInt32LE(directory + 20), secondEntry + 20)
    archive.writeUInt32LE(archive.readUInt32LE(directory + 24), secondEntry + 24)
    expect(() => inspectDocxArchive(archive, defaultImportLimits)).toThrow(/überlappen/)
  })

  it('refuses what is no archive, and a directory that is not where the end record says', () => {
    expect(() => inspectDocxArchive(new TextEncoder().encode('Hallo'), defaultImportLimits)).toThrow(DocxImportError)
    const prefixed = Buffer.concat([Buffer.from('vorangestellt'), Buffer.from(buildZipArchive(docxPackageEntries({ name: 'word/document.xml', content: body(1) })))])
    expect(() => inspectDocxArchive(prefixed, defaultImportLimits)).toThrow(DocxImportError)
  })
})
