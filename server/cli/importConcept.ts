import fs from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { AuthService } from '../auth/AuthService'
import { readServerConfig } from '../config/readServerConfig'
import { DocumentService } from '../documents/DocumentService'
import { Logger } from '../logging/Logger'
import { createStorage } from '../storage/createStorage'
import { InProcessJobRunner } from '../workers/InProcessJobRunner'
import { InvalidInputError } from '../errors/InvalidInputError'
import { ImportLimitError } from '../../shared/import/ImportLimitError'
import { defaultImportLimits } from '../../shared/import/defaultImportLimits'

/** `npm run import -- <file.txt> [--title "…"]`: imports a plain-text concept into the local installation. */
async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { title: { type: 'string' } } })
  const file = positionals[0]
  if (!file) {
    process.stderr.write('Aufruf: npm run import -- <datei.txt> [--title "Titel"]\n')
    process.exit(2)
  }
  const config = readServerConfig()
  const logger = new Logger(config.logLevel)
  const storage = await createStorage(config, logger)
  try {
    const auth = new AuthService(storage.accounts, logger)
    await auth.ensureInitialAdmin(process.env['ADMIN_PASSWORD'])
    const author = (await auth.listUsers()).find((user) => user.role === 'admin')
    if (!author) throw new Error('no admin account to import as')
    const text = await fs.readFile(file, 'utf8')
    // No event loop to keep free here: the import runs on this thread.
    const documents = new DocumentService(storage.documents, new InProcessJobRunner(), { ...defaultImportLimits, ...config.importLimits })
    const { document, summary } = await documents.importPlainText(author, text, values.title)
    process.stdout.write(`Importiert: "${document.title}" (id ${document.id})\n`)
    process.stdout.write(
      `Erkannt: ${summary.handlungsfelder} Handlungsfelder, ${summary.oberziele} Oberziele, ${summary.teilziele} Teilziele, ${summary.massnahmen} Maßnahmen, ${summary.headings} Überschriften, ${summary.paragraphs} Absätze\n`,
    )
    for (const warning of summary.warnings) process.stdout.write(`Hinweis: ${warning}\n`)
  } catch (error) {
    // A text beyond the limits or without content: the German message is meant for whoever runs the command.
    if (!(error instanceof ImportLimitError || error instanceof InvalidInputError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exitCode = 1
  } finally {
    await storage.close()
  }
}

await main()
