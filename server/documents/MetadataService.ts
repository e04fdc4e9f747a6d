import { randomUUID } from 'node:crypto'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { createEmptyMetadata, type BeratungsfolgeItem, type CoverFields, type DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import type { DocumentAccess } from '../auth/DocumentAccess'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DocumentStorage } from '../storage/DocumentStorage'

const maxFieldLength = 50_000
const maxBeratungsfolgeEntries = 200
const maxEntryFieldLength = 2_000
const maxAnlagen = 200

/** The Beratungsfolge and the Beschlussvorlage cover fields of a document. */
export class MetadataService {
  constructor(
    private readonly documents: DocumentStorage,
    private readonly access: DocumentAccess,
  ) {}

  async get(user: PublicUser, documentId: string): Promise<DocumentMetadata> {
    await this.access.requireReadable(user, documentId)
    return (await this.documents.getMetadata(documentId)) ?? createEmptyMetadata()
  }

  /** Replaces what the body names (`beratungsfolge`, `cover`); entries without id get one. */
  async update(user: PublicUser, documentId: string, body: Record<string, unknown>): Promise<DocumentMetadata> {
    await this.access.requireWritable(user, documentId)
    if (body['beratungsfolge'] === undefined && body['cover'] === undefined) throw new InvalidInputError('Bitte beratungsfolge oder cover angeben.')
    const current = (await this.documents.getMetadata(documentId)) ?? createEmptyMetadata()
    const next: DocumentMetadata = {
      beratungsfolge: body['beratungsfolge'] === undefined ? current.beratungsfolge : validateBeratungsfolge(body['beratungsfolge']),
      cover: body['cover'] === undefined ? current.cover : validateCover(body['cover'], current.cover),
    }
    await this.documents.setMetadata(documentId, next)
    return next
  }
}

function validateBeratungsfolge(value: unknown): BeratungsfolgeItem[] {
  if (!Array.isArray(value)) throw new InvalidInputError('Die Beratungsfolge muss eine Liste sein.')
  if (value.length > maxBeratungsfolgeEntries) throw new InvalidInputError(`Die Beratungsfolge hat höchstens ${maxBeratungsfolgeEntries} Einträge.`)
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new InvalidInputError('Jeder Eintrag der Beratungsfolge braucht Datum und Gremium.')
    const { id, datum, gremium, zustaendigkeit } = entry as Record<string, unknown>
    for (const field of [id, gremium, zustaendigkeit]) {
      if (field !== undefined && field !== null && (typeof field !== 'string' || field.length > maxEntryFieldLength)) {
        throw new InvalidInputError(`Die Angaben der Beratungsfolge müssen Texte (höchstens ${maxEntryFieldLength} Zeichen) sein.`)
      }
    }
    if (typeof datum !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(datum)) throw new InvalidInputError('Das Datum der Beratungsfolge muss die Form JJJJ-MM-TT haben.')
    if (typeof gremium !== 'string' || !gremium.trim()) throw new InvalidInputError('Jeder Eintrag der Beratungsfolge braucht ein Gremium.')
    return {
      id: typeof id === 'string' && id ? id : randomUUID(),
      datum,
      gremium: gremium.trim(),
      zustaendigkeit: typeof zustaendigkeit === 'string' ? zustaendigkeit.trim() : '',
    }
  })
}

function validateCover(value: unknown, current: CoverFields): CoverFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidInputError('Die Deckblattangaben müssen ein Objekt sein.')
  const input = value as Record<string, unknown>
  const next: CoverFields = { ...current }
  for (const key of Object.keys(current) as (keyof CoverFields)[]) {
    const field = input[key]
    if (field === undefined) continue
    if (key === 'oeffentlich') {
      if (typeof field !== 'boolean') throw new InvalidInputError('oeffentlich muss wahr oder falsch sein.')
      next.oeffentlich = field
    } else if (key === 'anlagen') {
      if (!Array.isArray(field) || field.length > maxAnlagen || !field.every((entry) => typeof entry === 'string' && entry.length <= maxEntryFieldLength)) {
        throw new InvalidInputError(`anlagen muss eine Liste von höchstens ${maxAnlagen} Texten (je höchstens ${maxEntryFieldLength} Zeichen) sein.`)
      }
      next.anlagen = field as string[]
    } else {
      if (typeof field !== 'string' || field.length > maxFieldLength) throw new InvalidInputError(`${key} muss ein Text (höchstens ${maxFieldLength} Zeichen) sein.`)
      next[key] = field
    }
  }
  return next
}
