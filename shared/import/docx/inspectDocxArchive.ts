import { inflateRawSync } from 'node:zlib'
import { ImportLimitError } from '../ImportLimitError'
import type { ImportLimits } from '../ImportLimits'
import { DocxImportError } from './DocxImportError'

const endOfCentralDirectorySignature = 0x06054b50
const centralFileHeaderSignature = 0x02014b50
const localFileHeaderSignature = 0x04034b50
const stored = 0
const deflated = 8
// Elements that mammoth turns into paragraphs, runs and table cells, whatever namespace prefix they carry.
const countedElementNames = new Set(['p', 'r', 'tc'])
const xmlElementsPerCountedElement = 10

interface ArchiveEntry {
  method: number
  compressedSize: number
  declaredSize: number
  dataStart: number
}

/** What the inspection found in a Word file that stays within the limits. */
export interface DocxArchiveReport {
  entries: number
  inflatedBytes: number
  /** Paragraphs, runs and table cells in all parts. */
  elements: number
}

/**
 * Checks a .docx on its raw bytes before mammoth (JSZip) sees it: reads the central directory the way JSZip
 * does, refuses more entries than allowed, a declared total size beyond the limit, and then inflates every
 * entry with a hard output cap, so an archive that lies about its sizes is caught while inflating; counts
 * paragraphs, runs and table cells on the way. Throws ImportLimitError (too large) or DocxImportError (not a
 * readable archive). Entries may not overlap, so the work is bounded by the file's own size.
 */
export function inspectDocxArchive(bytes: Uint8Array, limits: ImportLimits): DocxArchiveReport {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = readCentralDirectory(buffer, limits)
  const declaredTotal = entries.reduce((total, entry) => total + entry.declaredSize, 0)
  if (declaredTotal > limits.maxInflatedBytes) throw tooLarge(limits)
  let inflatedBytes = 0
  const counts = { elements: 0, xmlElements: 0 }
  for (const entry of entries) {
    const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
    const content = entry.method === stored ? data : inflateEntry(data, limits.maxInflatedBytes - inflatedBytes, limits)
    if (content.byteLength !== entry.declaredSize) throw corrupt('ein Teil ist anders groß als angegeben')
    inflatedBytes += content.byteLength
    if (inflatedBytes > limits.maxInflatedBytes) throw tooLarge(limits)
    countElements(content, counts)
    if (counts.elements > limits.maxElements || counts.xmlElements > limits.maxElements * xmlElementsPerCountedElement) {
      throw new ImportLimitError(`Das Word-Dokument hat zu viele Absätze, Textabschnitte oder Tabellenzellen (höchstens ${limits.maxElements.toLocaleString('de-DE')}). Bitte in kleineren Teilen importieren.`)
    }
  }
  return { entries: entries.length, inflatedBytes, elements: counts.elements }
}

function readCentralDirectory(buffer: Buffer, limits: ImportLimits): ArchiveEntry[] {
  // The last signature in the file, as JSZip searches it.
  const end = lastIndexOfSignature(buffer, endOfCentralDirectorySignature)
  if (end < 0 || end + 22 > buffer.length) throw corrupt('kein Inhaltsverzeichnis des Archivs gefunden')
  const declaredEntries = buffer.readUInt16LE(end + 10)
  const directorySize = buffer.readUInt32LE(end + 12)
  const directoryOffset = buffer.readUInt32LE(end + 16)
  // ZIP64 (more than 65,535 entries or 4 GB) is far beyond any limit; JSZip would switch to it on these values.
  if (declaredEntries === 0xffff || declaredEntries > limits.maxArchiveEntries) throw tooManyEntries(limits)
  if (directorySize === 0xffffffff || directoryOffset === 0xffffffff) throw tooLarge(limits)
  // JSZip shifts every offset when the directory does not end where the end record starts; such a file is refused.
  if (directoryOffset + directorySize !== end) throw corrupt('das Inhaltsverzeichnis des Archivs steht nicht an seinem Platz')
  const entries: ArchiveEntry[] = []
  let position = directoryOffset
  // JSZip reads entries for as long as the signature repeats, whatever count the end record declares.
  while (position + 46 <= buffer.length && buffer.readUInt32LE(position) === centralFileHeaderSignature) {
    if (entries.length >= limits.maxArchiveEntries) throw tooManyEntries(limits)
    const method = buffer.readUInt16LE(position + 10)
    const compressedSize = buffer.readUInt32LE(position + 20)
    const declaredSize = buffer.readUInt32LE(position + 24)
    const nameLength = buffer.readUInt16LE(position + 28)
    const extraLength = buffer.readUInt16LE(position + 30)
    const commentLength = buffer.readUInt16LE(position + 32)
    const localHeaderOffset = buffer.readUInt32LE(position + 42)
    if (method !== stored && method !== deflated) throw corrupt('ein Teil ist mit einem unbekannten Verfahren gepackt')
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw tooLarge(limits)
    if (method === stored && compressedSize !== declaredSize) throw corrupt('ein Teil ist anders groß als angegeben')
    entries.push({ method, compressedSize, declaredSize, dataStart: readDataStart(buffer, localHeaderOffset, compressedSize) })
    position += 46 + nameLength + extraLength + commentLength
  }
  if (entries.length === 0) throw corrupt('das Archiv ist leer')
  const ordered = [...entries].sort((a, b) => a.dataStart - b.dataStart)
  for (let index = 1; index < ordered.length; index += 1) {
    const previous = ordered[index - 1]!
    if (ordered[index]!.dataStart < previous.dataStart + previous.compressedSize) throw corrupt('Teile des Archivs überlappen sich')
  }
  return entries
}

function readDataStart(buffer: Buffer, localHeaderOffset: number, compressedSize: number): number {
  if (localHeaderOffset + 30 > buffer.length || buffer.readUInt32LE(localHeaderOffset) !== localFileHeaderSignature) throw corrupt('ein Teil fehlt')
  const dataStart = localHeaderOffset + 30 + buffer.readUInt16LE(localHeaderOffset + 26) + buffer.readUInt16LE(localHeaderOffset + 28)
  if (dataStart + compressedSize > buffer.length) throw corrupt('ein Teil ist abgeschnitten')
  return dataStart
}

function inflateEntry(data: Buffer, remainingBytes: number, limits: ImportLimits): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, remainingBytes) })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limits)
    throw corrupt('ein Teil lässt sich nicht entpacken')
  }
}

function countElements(content: Buffer, counts: { elements: number; xmlElements: number }): void {
  for (let start = content.indexOf(0x3c); start !== -1; start = content.indexOf(0x3c, start + 1)) {
    let end = start + 1
    while (end < content.length && end - start <= 64 && !isNameEnd(content[end]!)) end += 1
    if (end === start + 1) continue
    const name = content.toString('latin1', start + 1, end)
    const first = name.charCodeAt(0)
    // Closing tags, comments, declarations and processing instructions are no elements.
    if (first === 0x2f || first === 0x21 || first === 0x3f) continue
    counts.xmlElements += 1
    if (countedElementNames.has(name.slice(name.lastIndexOf(':') + 1))) counts.elements += 1
  }
}

function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3c
}

function lastIndexOfSignature(buffer: Buffer, signature: number): number {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32LE(signature)
  return buffer.lastIndexOf(bytes)
}

function tooLarge(limits: ImportLimits): ImportLimitError {
  const megabytes = Math.floor(limits.maxInflatedBytes / (1024 * 1024))
  return new ImportLimitError(`Das Word-Dokument ist entpackt zu groß (höchstens ${megabytes.toLocaleString('de-DE')} MB). Bitte Bilder verkleinern oder in kleineren Teilen importieren.`)
}

function tooManyEntries(limits: ImportLimits): ImportLimitError {
  return new ImportLimitError(`Das Word-Dokument besteht aus zu vielen Teilen (höchstens ${limits.maxArchiveEntries.toLocaleString('de-DE')}).`)
}

function corrupt(reason: string): DocxImportError {
  return new DocxImportError(`Die Datei ist kein lesbares Word-Dokument (.docx): ${reason}.`)
}
