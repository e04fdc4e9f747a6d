import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Text of a PDF as poppler's pdftotext reads it. `raw` keeps the order of the content stream: pdftotext's
 * default column detection reorders the cells of two-column tables by its own geometry heuristics.
 */
export async function pdfToText(pdf: Uint8Array, { raw = true }: { raw?: boolean } = {}): Promise<string> {
  return withTemporaryDirectory(async (directory) => {
    const file = path.join(directory, 'export.pdf')
    await fs.writeFile(file, pdf)
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), file, '-'], { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  })
}

/** Output of a poppler tool (pdfinfo, pdffonts) for a PDF. */
export async function popplerReport(tool: 'pdfinfo' | 'pdffonts', pdf: Uint8Array, extraArguments: string[] = []): Promise<string> {
  return withTemporaryDirectory(async (directory) => {
    const file = path.join(directory, 'export.pdf')
    await fs.writeFile(file, pdf)
    const { stdout } = await run(tool, [...extraArguments, file], { maxBuffer: 16 * 1024 * 1024 })
    return stdout
  })
}

/**
 * Converts a DOCX with LibreOffice (headless, its own profile in a temporary directory, so that parallel runs
 * do not share one), failing after `timeoutMs`: to PDF (its layout), to plain text (its reading order:
 * paragraph by paragraph, table cell by table cell), or to flat ODT XML (what it understood, tracked changes included).
 */
export async function convertDocxWithLibreOffice(docx: Uint8Array, target: 'pdf' | 'txt' | 'fodt' = 'pdf', timeoutMs = 120_000): Promise<Uint8Array> {
  return withTemporaryDirectory(async (directory) => {
    const input = path.join(directory, 'export.docx')
    await fs.writeFile(input, docx)
    const profile = `file://${path.join(directory, 'profile')}`
    const filter = target === 'txt' ? 'txt:Text (encoded):UTF8' : target
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', directory, input], { timeout: timeoutMs, killSignal: 'SIGKILL' })
    return new Uint8Array(await fs.readFile(path.join(directory, `export.${target}`)))
  })
}

/** LibreOffice's plain-text rendering of a DOCX (see convertDocxWithLibreOffice). */
export async function docxTextByLibreOffice(docx: Uint8Array): Promise<string> {
  return new TextDecoder().decode(await convertDocxWithLibreOffice(docx, 'txt')).replace(/^\uFEFF/, '')
}

async function withTemporaryDirectory<T>(use: (directory: string) => Promise<T>): Promise<T> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-export-'))
  try {
    return await use(directory)
  } finally {
    await fs.rm(directory, { recursive: true, force: true })
  }
}

/** A Word document made by LibreOffice from plain text, one paragraph per line, as an office converts a .txt file. */
export async function convertTextToDocxWithLibreOffice(text: string, timeoutMs = 120_000): Promise<Uint8Array> {
  return withTemporaryDirectory(async (directory) => {
    const input = path.join(directory, 'konzept.txt')
    await fs.writeFile(input, text, 'utf8')
    const profile = `file://${path.join(directory, 'profile')}`
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--infilter=Text (encoded):UTF8,,,', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', directory, input], { timeout: timeoutMs, killSignal: 'SIGKILL' })
    return new Uint8Array(await fs.readFile(path.join(directory, 'konzept.docx')))
  })
}
