import { deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** The entry's content; deflated unless `stored`. Ignored when `deflated` is given. */
  content?: Uint8Array | string
  /** An already deflated stream, for entries too large to hold inflated. */
  deflated?: { data: Uint8Array; inflatedSize: number }
  stored?: boolean
  /** The uncompressed size the archive claims (a lie when it differs from the real one). */
  declaredSize?: number
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
  return value >>> 0
})

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/**
 * A ZIP archive written byte by byte, so that tests can build what no zip library writes: archives whose
 * central directory lies about sizes or entry counts, or with a hundred thousand entries.
 */
export function buildZipArchive(entries: readonly ZipEntry[], options: { declaredEntryCount?: number } = {}): Uint8Array {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content ?? new Uint8Array())
    const data = entry.deflated ? Buffer.from(entry.deflated.data) : entry.stored ? content : deflateRawSync(content)
    const size = entry.declaredSize ?? entry.deflated?.inflatedSize ?? content.length
    const crc = entry.deflated ? 0 : crc32(content)
    const method = entry.stored ? 0 : 8
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    directory.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directorySize = directory.reduce((total, part) => total + part.length, 0)
  const end = Buffer.alloc(22)
  const count = Math.min(options.declaredEntryCount ?? entries.length, 0xffff)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(directorySize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]))
}

/** The parts every .docx has around its document.xml. */
export function docxPackageEntries(documentXml: ZipEntry): ZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { ...documentXml, name: 'word/document.xml' },
  ]
}
