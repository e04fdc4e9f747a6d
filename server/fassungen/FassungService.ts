import { randomUUID } from 'node:crypto'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { AttributionIndex } from '../../shared/changes/AttributionIndex'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../shared/changes/computeChangeModel'
import { fassungStatuses, formatFassungLabel, type Fassung, type FassungStatus } from '../../shared/fassungen/Fassung'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { readConceptContent } from '../../shared/yjs/readConceptContent'
import type { AuthService } from '../auth/AuthService'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { CollaborationServer } from '../collab/CollaborationServer'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { Logger } from '../logging/Logger'
import type { Storage } from '../storage/Storage'

/** A version to read or compare: a Fassung id, or 'draft' for the live document. */
export type VersionId = string

interface ResolvedVersion {
  label: { id: string; label: string }
  /** The gc-free document state this version belongs to (history up to it, at least). */
  state: Uint8Array
  snapshot: Y.Snapshot
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const maxLabelLength = 300

/** How many problems one log entry lists; the count covers them all. */
const loggedProblems = 20

/** Freezing Fassungen, reading any version, and comparing two of them through the one change model. */
export class FassungService {
  constructor(
    private readonly storage: Storage,
    private readonly collaboration: CollaborationServer,
    private readonly access: DocumentAccess,
    private readonly auth: AuthService,
    private readonly logger: Logger,
  ) {}

  async freeze(user: PublicUser, documentId: string, input: Record<string, unknown>): Promise<Fassung> {
    await this.access.requireWritable(user, documentId)
    const { name, gremium, date, status } = input
    if (typeof name !== 'string' || !name.trim()) throw new InvalidInputError('Bitte einen Namen für die Fassung angeben.')
    if (typeof gremium !== 'string' || !gremium.trim()) throw new InvalidInputError('Bitte das Gremium angeben.')
    if (name.length > maxLabelLength || gremium.length > maxLabelLength) throw new InvalidInputError(`Name und Gremium dürfen höchstens ${maxLabelLength} Zeichen lang sein.`)
    if (typeof date !== 'string' || !isoDate.test(date) || Number.isNaN(Date.parse(date))) throw new InvalidInputError('Das Datum muss die Form JJJJ-MM-TT haben.')
    if (typeof status !== 'string' || !fassungStatuses.includes(status as FassungStatus)) throw new InvalidInputError('Status muss Entwurf, Beschlussempfehlung oder Beschluss sein.')
    const requestedBeratungsfolgeId = input['beratungsfolgeId']
    if (requestedBeratungsfolgeId !== undefined && requestedBeratungsfolgeId !== null && typeof requestedBeratungsfolgeId !== 'string') throw new InvalidInputError('beratungsfolgeId muss ein Text sein.')
    const beratungsfolgeId = typeof requestedBeratungsfolgeId === 'string' ? requestedBeratungsfolgeId : null
    if (beratungsfolgeId !== null) {
      const metadata = await this.storage.documents.getMetadata(documentId)
      if (!metadata?.beratungsfolge.some((entry) => entry.id === beratungsfolgeId)) throw new InvalidInputError('Diesen Eintrag der Beratungsfolge gibt es nicht.')
    }
    const { snapshot, state } = await this.collaboration.readDocument(documentId, (ydoc) => ({
      snapshot: Y.encodeSnapshot(Y.snapshot(ydoc)),
      state: Y.encodeStateAsUpdate(ydoc),
    }))
    const fassung: Fassung = {
      id: randomUUID(),
      documentId,
      name: name.trim(),
      gremium: gremium.trim(),
      date,
      status: status as FassungStatus,
      beratungsfolgeId,
      createdAt: new Date().toISOString(),
      createdBy: user.id,
    }
    await this.storage.fassungen.createFassung({ ...fassung, snapshot, state })
    return fassung
  }

  async list(user: PublicUser, documentId: string): Promise<Fassung[]> {
    await this.access.requireReadable(user, documentId)
    return this.storage.fassungen.listFassungen(documentId)
  }

  /**
   * The document as it reads in `version`. A Fassung frozen by an older version may hold content the schema
   * does not allow: it is left out, and logged.
   */
  async readVersion(user: PublicUser, documentId: string, version: VersionId): Promise<ProseMirrorNode> {
    await this.access.requireReadable(user, documentId)
    const resolved = await this.resolve(documentId, version)
    const ydoc = docFromState(resolved.state)
    const { json, problems } = readConceptContent(Y.createDocFromSnapshot(ydoc, resolved.snapshot))
    if (problems.length > 0) this.logger.warn('invalid content left out of a version', { documentId, version, problemCount: problems.length, problems: problems.slice(0, loggedProblems) })
    return getConceptSchema().nodeFromJSON(json)
  }

  async compare(user: PublicUser, documentId: string, from: VersionId, to: VersionId): Promise<ChangeModel> {
    await this.access.requireReadable(user, documentId)
    const [older, newer] = await Promise.all([this.resolve(documentId, from), this.resolve(documentId, to)])
    // One document that holds the history of both versions, whichever is older.
    const ydoc = docFromState(older.state)
    Y.applyUpdate(ydoc, newer.state)
    const users = new Map((await this.auth.listUsers()).map((account) => [account.id, account]))
    return computeChangeModel({
      ydoc,
      from: { snapshot: older.snapshot, label: older.label },
      to: { snapshot: newer.snapshot, label: newer.label },
      attributions: new AttributionIndex(await this.storage.documents.listAttributions(documentId), users),
    })
  }

  /** The newest Fassung of a document, for "since the last Fassung". */
  async latest(user: PublicUser, documentId: string): Promise<Fassung | null> {
    return (await this.list(user, documentId)).at(-1) ?? null
  }

  private async resolve(documentId: string, version: VersionId): Promise<ResolvedVersion> {
    if (version === 'draft') {
      return this.collaboration.readDocument(documentId, (ydoc) => ({
        label: { id: 'draft', label: 'Aktueller Entwurf' },
        state: Y.encodeStateAsUpdate(ydoc),
        snapshot: Y.snapshot(ydoc),
      }))
    }
    const fassung = await this.storage.fassungen.getFassung(documentId, version)
    if (!fassung) throw new NotFoundError('Diese Fassung gibt es nicht.')
    return { label: { id: fassung.id, label: `${fassung.name}, ${formatFassungLabel(fassung)}` }, state: fassung.state, snapshot: Y.decodeSnapshot(fassung.snapshot) }
  }
}

function docFromState(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, state)
  return ydoc
}
