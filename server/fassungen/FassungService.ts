import { createHash, randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { legacyDecidedItems } from '../../shared/review/legacyDecidedItems'
import { fassungStatuses, formatFassungLabel, type Fassung, type FassungStatus } from '../../shared/fassungen/Fassung'
import type { AuthService } from '../auth/AuthService'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { CollaborationServer } from '../collab/CollaborationServer'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { Logger } from '../logging/Logger'
import type { ContentProblem } from '../../shared/schema/validation/ContentProblem'
import type { Storage } from '../storage/Storage'
import type { JobRunner } from '../workers/JobRunner'
import type { ResultCache } from '../workers/ResultCache'
import type { VersionState } from './compareVersions'
import { CachedComparison } from './CachedComparison'
import { SharedComparisons } from './SharedComparisons'

/** A version to read or compare: a Fassung id, or 'draft' for the live document. */
export type VersionId = string

/** A version as bytes, with a key that changes whenever its content can (a Fassung never; the draft with every edit). */
export interface KeyedVersionState extends VersionState {
  key: string
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const maxLabelLength = 300

/** How many problems one log entry lists; the count covers them all. */
const loggedProblems = 20

/**
 * Freezing Fassungen, reading any version, and comparing two of them through the one change model. Comparing
 * runs in a worker (`jobs`) and its result is kept per (document, both versions' states, accounts).
 */
export class FassungService {
  private readonly running = new SharedComparisons()

  constructor(
    private readonly storage: Storage,
    private readonly collaboration: CollaborationServer,
    private readonly access: DocumentAccess,
    private readonly auth: AuthService,
    private readonly logger: Logger,
    private readonly jobs: JobRunner,
    private readonly comparisons: ResultCache<CachedComparison>,
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
    const { snapshot, state } = await this.collaboration.readDocumentState(documentId)
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
    this.precomputeSynopse(documentId, fassung.id)
    return fassung
  }

  /**
   * The Synopse of the previous Fassung and the one just frozen is what the next committee asks for: it is
   * computed now, in the background, and kept like any comparison (a request meanwhile waits for this job).
   * It counts against no account's limit, as nobody has asked for it yet.
   */
  private precomputeSynopse(documentId: string, fassungId: string): void {
    const precomputed = async () => {
      const fassungen = await this.storage.fassungen.listFassungen(documentId)
      const index = fassungen.findIndex((listed) => listed.id === fassungId)
      if (index > 0) await this.compareKeyed(documentId, fassungen[index - 1]!.id, fassungId)
    }
    precomputed().catch((error: unknown) => this.logger.warn('precomputing the Synopse with the previous Fassung failed', { documentId, fassungId, error }))
  }

  async list(user: PublicUser, documentId: string): Promise<Fassung[]> {
    await this.access.requireReadable(user, documentId)
    return this.storage.fassungen.listFassungen(documentId)
  }

  /**
   * The document as it reads in `version`, as ProseMirror JSON, read in a worker. A Fassung frozen by an
   * older version may hold content the schema does not allow: it is left out, and logged.
   */
  async readVersion(user: PublicUser, documentId: string, version: VersionId, signal?: AbortSignal): Promise<JSONContent> {
    await this.access.requireReadable(user, documentId)
    const { state, snapshot } = await this.resolve(documentId, version)
    const { json, problems } = await this.jobs.run('readVersion', { state, snapshot }, { userId: user.id, ...(signal ? { signal } : {}) })
    this.logLeftOut(documentId, version, problems)
    return json
  }

  /** Logs content of a version that the schema does not allow and readers therefore left out. */
  logLeftOut(documentId: string, version: VersionId, problems: readonly ContentProblem[]): void {
    if (problems.length > 0) this.logger.warn('invalid content left out of a version', { documentId, version, problemCount: problems.length, problems: problems.slice(0, loggedProblems) })
  }

  /** A version as bytes for a worker, with its cache key. */
  async readVersionState(user: PublicUser, documentId: string, version: VersionId): Promise<KeyedVersionState> {
    await this.access.requireReadable(user, documentId)
    return this.resolve(documentId, version)
  }

  /** `signal`: the request went away, so a comparison still waiting for a worker is dropped. */
  async compare(user: PublicUser, documentId: string, from: VersionId, to: VersionId, signal?: AbortSignal): Promise<ChangeModel> {
    return (await this.compareWithKey(user, documentId, from, to, signal)).model
  }

  /** The comparison as UTF-8 JSON, without building the model on this thread. */
  async compareAsJson(user: PublicUser, documentId: string, from: VersionId, to: VersionId, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
    return (await this.compareCached(user, documentId, from, to, signal)).comparison.json
  }

  /** The comparison with a key that names everything it depends on, for caching what is made from it. */
  async compareWithKey(user: PublicUser, documentId: string, from: VersionId, to: VersionId, signal?: AbortSignal): Promise<{ model: ChangeModel; key: string }> {
    const { comparison, key } = await this.compareCached(user, documentId, from, to, signal)
    return { model: comparison.model, key }
  }

  private async compareCached(user: PublicUser, documentId: string, from: VersionId, to: VersionId, signal?: AbortSignal): Promise<{ comparison: CachedComparison; key: string }> {
    await this.access.requireReadable(user, documentId)
    return this.compareKeyed(documentId, from, to, user.id, signal)
  }

  /** `userId`: whose per-account limit the job counts against, if anyone's. */
  private async compareKeyed(documentId: string, from: VersionId, to: VersionId, userId?: string, signal?: AbortSignal): Promise<{ comparison: CachedComparison; key: string }> {
    const [older, newer] = await Promise.all([this.resolve(documentId, from), this.resolve(documentId, to)])
    const users = (await this.auth.listUsers()).map(({ id, name, department }) => ({ id, name, department }))
    // Runs are split at the edges of decided ranges, so every new decision gives a new model.
    const decided = (await this.storage.review.listDecisions(documentId)).flatMap((decision) => {
      const covers = decision.covers ?? legacyDecidedItems(decision.changeId)
      return covers ? [covers.ranges] : []
    })
    // Authors' names and departments are part of the model, so renaming an account gives new keys.
    const key = createHash('sha256').update(JSON.stringify([documentId, older.key, newer.key, users, decided])).digest('base64url')
    const cached = this.comparisons.get(key)
    if (cached) return { comparison: cached, key }
    const comparison = await this.running.join(key, signal, async (jobSignal) => {
      const attributions = await this.storage.documents.listAttributions(documentId)
      const { json } = await this.jobs.run('compare', { older, newer, attributions, users, decided }, { ...(userId === undefined ? {} : { userId }), signal: jobSignal })
      const computed = new CachedComparison(json)
      this.comparisons.set(key, computed, json.byteLength)
      return computed
    })
    return { comparison, key }
  }

  /** The newest Fassung of a document, for "since the last Fassung". */
  async latest(user: PublicUser, documentId: string): Promise<Fassung | null> {
    return (await this.list(user, documentId)).at(-1) ?? null
  }

  private async resolve(documentId: string, version: VersionId): Promise<KeyedVersionState> {
    if (version === 'draft') {
      const { state, snapshot } = await this.collaboration.readDocumentState(documentId)
      // The snapshot (state vector and delete set) changes with every insertion and every deletion.
      return { label: { id: 'draft', label: 'Aktueller Entwurf' }, state, snapshot, key: `draft:${createHash('sha256').update(snapshot).digest('base64url')}` }
    }
    const fassung = await this.storage.fassungen.getFassung(documentId, version)
    if (!fassung) throw new NotFoundError('Diese Fassung gibt es nicht.')
    return { label: { id: fassung.id, label: `${fassung.name}, ${formatFassungLabel(fassung)}` }, state: fassung.state, snapshot: fassung.snapshot, key: `fassung:${fassung.id}` }
  }
}
