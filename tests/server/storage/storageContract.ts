import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createEmptyMetadata, type DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import type { StoredUser } from '../../../server/storage/AccountStorage'
import type { DocumentRecord } from '../../../server/storage/DocumentStorage'
import type { StoredFassung } from '../../../server/storage/FassungStorage'
import type { ReviewDecision } from '../../../server/storage/ReviewStorage'
import type { Storage } from '../../../server/storage/Storage'
import { createTextWriter, readWrittenText } from '../../utils/createTextWriter'

export interface StorageFixture {
  /** Opens a storage on the installation; opening again after closing sees what was stored before. */
  open(): Promise<Storage>
  /** Removes the installation. */
  cleanup(): Promise<void>
}

const at = (minute: number) => new Date(Date.UTC(2019, 2, 21, 9, minute)).toISOString()

function documentRecord(id: string, minute: number): DocumentRecord {
  return { id, title: `Integrationskonzept ${id}`, createdAt: at(minute), updatedAt: at(minute) }
}

function user(id: string, username: string, name: string): StoredUser {
  return { id, username, name, department: 'Fachdienst Zuwanderung', role: 'editor', passwordHash: `scrypt$hash-of-${id}`, createdAt: at(0), active: true }
}


function attribution(userId: string, clientId: number, minute: number): UpdateAttribution {
  return { userId, at: at(minute), inserted: [[clientId, 0, 5]], deleted: [[clientId, 2, 1]] }
}

/**
 * The contract every storage implementation keeps, run against each of them: the server relies on
 * exactly these semantics whichever database is configured.
 */
export function storageContract(createFixture: () => Promise<StorageFixture>): void {
  let fixture: StorageFixture
  let storage: Storage

  beforeEach(async () => {
    fixture = await createFixture()
    storage = await fixture.open()
  })

  afterEach(async () => {
    await storage.close()
    await fixture.cleanup()
  })

  describe('documents', () => {
    it('creates, reads and lists documents, most recently updated first', async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.documents.createDocument(documentRecord('bbb', 3))
      await storage.documents.createDocument(documentRecord('ccc', 2))
      expect(await storage.documents.getDocument('bbb')).toEqual(documentRecord('bbb', 3))
      expect(await storage.documents.getDocument('gibt-es-nicht')).toBeNull()
      expect((await storage.documents.listDocuments()).map((document) => document.id)).toEqual(['bbb', 'ccc', 'aaa'])

      await storage.documents.appendUpdate('aaa', createTextWriter(1).type('neu'), null)
      const listed = await storage.documents.listDocuments()
      expect(listed.map((document) => document.id)).toEqual(['aaa', 'bbb', 'ccc'])
      expect(listed[0]!.updatedAt > at(3)).toBe(true)
      expect(listed[0]!.createdAt).toBe(at(1))
    })

    it('refuses a second document with the same id', async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await expect(storage.documents.createDocument(documentRecord('aaa', 2))).rejects.toThrow()
    })

    it('keeps metadata, and null until it is set', async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      expect(await storage.documents.getMetadata('aaa')).toBeNull()
      const metadata: DocumentMetadata = {
        ...createEmptyMetadata(),
        beratungsfolge: [{ id: 'afs', datum: '2019-03-21', gremium: 'Ausschuss für Soziales (AFS)', zustaendigkeit: 'Vorberatung' }],
      }
      metadata.cover.title = 'Integrationskonzept „Vielfalt gestalten“'
      metadata.cover.anlagen = ['Anlage 1', 'Anlage 2']
      metadata.cover.oeffentlich = false
      await storage.documents.setMetadata('aaa', metadata)
      expect(await storage.documents.getMetadata('aaa')).toEqual(metadata)
      expect((await storage.documents.getDocument('aaa'))!.updatedAt > at(1)).toBe(true)
    })
  })

  describe('updates', () => {
    beforeEach(async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.documents.createDocument(documentRecord('bbb', 2))
    })

    it('loads nothing for a document without updates', async () => {
      expect(await storage.documents.loadUpdates('aaa')).toEqual({ updates: [], lastSequence: 0 })
      expect(await storage.documents.countUpdates('aaa')).toBe(0)
    })

    it('appends updates byte-exact, in order, with sequence numbers that only grow across documents', async () => {
      const writer = createTextWriter(7)
      const other = createTextWriter(8)
      const appended: Uint8Array[] = []
      const sequences: number[] = []
      for (let index = 0; index < 5; index += 1) {
        const update = writer.type(`Satz ${index}. `)
        appended.push(update)
        sequences.push(await storage.documents.appendUpdate('aaa', update, null))
        sequences.push(await storage.documents.appendUpdate('bbb', other.type(`x${index}`), null))
      }
      expect([...sequences].sort((a, b) => a - b)).toEqual(sequences)
      expect(new Set(sequences).size).toBe(sequences.length)
      const loaded = await storage.documents.loadUpdates('aaa')
      expect(loaded.updates.map((update) => [...update])).toEqual(appended.map((update) => [...update]))
      expect(loaded.lastSequence).toBe(sequences[8])
      expect(readWrittenText(loaded.updates)).toBe(writer.ydoc.getText('text').toString())
      expect(await storage.documents.countUpdates('aaa')).toBe(5)
    })

    it('refuses an update for an unknown document and stores nothing for it', async () => {
      await expect(storage.documents.appendUpdate('gibt-es-nicht', createTextWriter(1).type('x'), attribution('u1', 1, 1))).rejects.toThrow()
      expect(await storage.documents.countUpdates('gibt-es-nicht')).toBe(0)
      expect(await storage.documents.listAttributions('gibt-es-nicht')).toEqual([])
    })

    it('stores attributions with their updates, oldest first, and lets the first writer of a clientID own it', async () => {
      await storage.documents.appendUpdate('aaa', createTextWriter(1).type('a'), attribution('zuwanderung', 101, 1))
      await storage.documents.appendUpdate('aaa', createTextWriter(1).type('b'), null)
      await storage.documents.appendUpdate('aaa', createTextWriter(1).type('c'), {
        userId: 'jugend',
        at: at(2),
        inserted: [
          [101, 5, 1],
          [202, 0, 3],
          [202, 3, 2],
        ],
        deleted: [],
      })
      await storage.documents.appendUpdate('bbb', createTextWriter(1).type('d'), attribution('jugend', 303, 3))
      expect(await storage.documents.listAttributions('aaa')).toEqual([
        attribution('zuwanderung', 101, 1),
        {
          userId: 'jugend',
          at: at(2),
          inserted: [
            [101, 5, 1],
            [202, 0, 3],
            [202, 3, 2],
          ],
          deleted: [],
        },
      ])
      expect(await storage.documents.getClientOwners('aaa')).toEqual(
        new Map([
          [101, 'zuwanderung'],
          [202, 'jugend'],
        ]),
      )
      expect(await storage.documents.getClientOwners('bbb')).toEqual(new Map([[303, 'jugend']]))
    })

    it('keeps clientIDs beyond 2^31 exactly', async () => {
      const large = 4_294_967_295
      await storage.documents.appendUpdate('aaa', createTextWriter(large).type('x'), attribution('zuwanderung', large, 1))
      expect(await storage.documents.getClientOwners('aaa')).toEqual(new Map([[large, 'zuwanderung']]))
      expect((await storage.documents.listAttributions('aaa'))[0]!.inserted).toEqual([[large, 0, 5]])
    })

    it('compacts the updates up to a sequence into one snapshot in their place, keeping later ones after it', async () => {
      const writer = createTextWriter(7)
      const sequences: number[] = []
      for (let index = 0; index < 6; index += 1) sequences.push(await storage.documents.appendUpdate('aaa', writer.type(`Satz ${index}. `), attribution('zuwanderung', 7, index)))
      const snapshot = Y.encodeStateAsUpdate(writer.ydoc)
      const later = [writer.erase(0, 3), writer.type('Schluss.')]
      for (const update of later) sequences.push(await storage.documents.appendUpdate('aaa', update, attribution('zuwanderung', 7, 10)))

      await storage.documents.compact('aaa', snapshot, sequences[5]!)
      expect(await storage.documents.countUpdates('aaa')).toBe(3)
      const loaded = await storage.documents.loadUpdates('aaa')
      expect(loaded.lastSequence).toBe(sequences[7])
      expect(loaded.updates.slice(1).map((update) => [...update])).toEqual(later.map((update) => [...update]))
      expect(readWrittenText(loaded.updates.slice(0, 1))).toBe('Satz 0. Satz 1. Satz 2. Satz 3. Satz 4. Satz 5. ')
      expect(readWrittenText(loaded.updates)).toBe(writer.ydoc.getText('text').toString())
      expect(await storage.documents.listAttributions('aaa')).toHaveLength(8)
      expect(await storage.documents.getClientOwners('aaa')).toEqual(new Map([[7, 'zuwanderung']]))

      const next = await storage.documents.appendUpdate('aaa', writer.type(' Nachtrag'), null)
      expect(next).toBeGreaterThan(sequences[7]!)
      await storage.documents.compact('aaa', Y.encodeStateAsUpdate(writer.ydoc), next)
      expect(await storage.documents.countUpdates('aaa')).toBe(1)
      const compacted = await storage.documents.loadUpdates('aaa')
      expect(compacted.lastSequence).toBe(next)
      expect(readWrittenText(compacted.updates)).toBe(writer.ydoc.getText('text').toString())
      expect(await storage.documents.appendUpdate('aaa', writer.type('!'), null)).toBeGreaterThan(next)
    })

    it('keeps deleted content in the snapshot, for comparing Fassungen', async () => {
      const writer = createTextWriter(7)
      const first = await storage.documents.appendUpdate('aaa', writer.type('bleibt gelöscht'), null)
      const second = await storage.documents.appendUpdate('aaa', writer.erase(0, 7), null)
      const frozen = Y.snapshot(writer.ydoc)
      expect(first).toBeLessThan(second)
      await storage.documents.compact('aaa', Y.encodeStateAsUpdate(writer.ydoc), second)
      const restored = new Y.Doc({ gc: false })
      for (const update of (await storage.documents.loadUpdates('aaa')).updates) Y.applyUpdate(restored, update)
      expect(restored.getText('text').toString()).toBe('gelöscht')
      const before = Y.createDocFromSnapshot(restored, Y.createSnapshot(Y.createDeleteSet(), new Map([[7, 15]])))
      expect(before.getText('text').toString()).toBe('bleibt gelöscht')
      expect(Y.equalSnapshots(Y.snapshot(restored), frozen)).toBe(true)
    })

    it('does nothing when compacting up to sequence 0', async () => {
      await storage.documents.compact('aaa', new Uint8Array([0, 0]), 0)
      expect(await storage.documents.countUpdates('aaa')).toBe(0)
    })

    it('leaves other documents alone when compacting', async () => {
      const writer = createTextWriter(7)
      const other = createTextWriter(8)
      await storage.documents.appendUpdate('bbb', other.type('anderes Dokument'), null)
      const sequence = await storage.documents.appendUpdate('aaa', writer.type('eins'), null)
      await storage.documents.appendUpdate('bbb', other.type(' weiter'), null)
      const last = await storage.documents.appendUpdate('aaa', writer.type(' zwei'), null)
      expect(sequence).toBeLessThan(last)
      await storage.documents.compact('aaa', Y.encodeStateAsUpdate(writer.ydoc), last)
      expect(await storage.documents.countUpdates('bbb')).toBe(2)
      expect(readWrittenText((await storage.documents.loadUpdates('bbb')).updates)).toBe('anderes Dokument weiter')
      expect(readWrittenText((await storage.documents.loadUpdates('aaa')).updates)).toBe('eins zwei')
    })

    it('keeps everything across closing and reopening', async () => {
      const writer = createTextWriter(7)
      await storage.documents.appendUpdate('aaa', writer.type('dauerhaft'), attribution('zuwanderung', 7, 1))
      await storage.close()
      storage = await fixture.open()
      expect(readWrittenText((await storage.documents.loadUpdates('aaa')).updates)).toBe('dauerhaft')
      expect(await storage.documents.listAttributions('aaa')).toEqual([attribution('zuwanderung', 7, 1)])
      expect((await storage.documents.listDocuments()).map((document) => document.id).sort()).toEqual(['aaa', 'bbb'])
    })
  })

  describe('accounts', () => {
    it('creates users and finds them by id and, ignoring case, by username', async () => {
      const said = user('u1', 'Zuwanderung', 'Said Najj')
      await storage.accounts.createUser(said)
      expect(await storage.accounts.findUserById('u1')).toEqual(said)
      expect(await storage.accounts.findUserByUsername('zuwanderung')).toEqual(said)
      expect(await storage.accounts.findUserByUsername('ZUWANDERUNG')).toEqual(said)
      expect(await storage.accounts.findUserByUsername('zuwanderun')).toBeNull()
      expect(await storage.accounts.findUserById('u2')).toBeNull()
    })

    it('refuses a username that differs from an existing one only in case', async () => {
      await storage.accounts.createUser(user('u1', 'jugend', 'Jana Krüger'))
      await expect(storage.accounts.createUser(user('u2', 'JUGEND', 'Jens Kruse'))).rejects.toThrow()
      expect(await storage.accounts.countUsers()).toBe(1)
    })

    it('lists users by name and counts them', async () => {
      expect(await storage.accounts.countUsers()).toBe(0)
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
      await storage.accounts.createUser(user('u2', 'krueger', 'Jana Krüger'))
      await storage.accounts.createUser({ ...user('u3', 'admin', 'Administration'), role: 'admin' })
      expect((await storage.accounts.listUsers()).map((listed) => listed.id)).toEqual(['u3', 'u2', 'u1'])
      expect((await storage.accounts.listUsers())[0]!.role).toBe('admin')
      expect(await storage.accounts.countUsers()).toBe(3)
    })

    it('creates, finds, deletes and expires sessions', async () => {
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
      await storage.accounts.createSession({ tokenHash: 'alt', userId: 'u1', expiresAt: at(10) })
      await storage.accounts.createSession({ tokenHash: 'neu', userId: 'u1', expiresAt: at(30) })
      await storage.accounts.createSession({ tokenHash: 'weg', userId: 'u1', expiresAt: at(30) })
      expect(await storage.accounts.findSession('neu')).toEqual({ tokenHash: 'neu', userId: 'u1', expiresAt: at(30) })
      await storage.accounts.deleteSession('weg')
      expect(await storage.accounts.findSession('weg')).toBeNull()
      await storage.accounts.deleteExpiredSessions(at(10))
      expect(await storage.accounts.findSession('alt')).toBeNull()
      expect(await storage.accounts.findSession('neu')).not.toBeNull()
    })

    it('changes name, department, role and active of one account, and only the fields given', async () => {
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
      await storage.accounts.createUser(user('u2', 'krueger', 'Jana Krüger'))
      expect((await storage.accounts.findUserById('u1'))!.active).toBe(true)
      expect(await storage.accounts.updateUser('u1', { role: 'reviewer', active: false })).toBe(true)
      expect(await storage.accounts.findUserById('u1')).toEqual({ ...user('u1', 'najj', 'Said Najj'), role: 'reviewer', active: false })
      expect(await storage.accounts.findUserByUsername('NAJJ')).toMatchObject({ role: 'reviewer', active: false })
      expect(await storage.accounts.updateUser('u1', { name: 'Said Najj-Berger', department: 'Ordnungsamt', active: true })).toBe(true)
      expect(await storage.accounts.findUserById('u1')).toEqual({ ...user('u1', 'najj', 'Said Najj-Berger'), department: 'Ordnungsamt', role: 'reviewer', active: true })
      expect(await storage.accounts.updateUser('u1', {})).toBe(true)
      expect(await storage.accounts.updateUser('gibt-es-nicht', { active: false })).toBe(false)
      expect(await storage.accounts.updateUser('gibt-es-nicht', {})).toBe(false)
      await expect(storage.accounts.updateUser('u1', { role: 'kaiser' as 'admin' })).rejects.toThrow()
      expect(await storage.accounts.findUserById('u2')).toEqual(user('u2', 'krueger', 'Jana Krüger'))
      expect((await storage.accounts.listUsers()).map((listed) => [listed.id, listed.active])).toEqual([
        ['u2', true],
        ['u1', true],
      ])
    })

    it('ends every session of one account and no other', async () => {
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
      await storage.accounts.createUser(user('u2', 'krueger', 'Jana Krüger'))
      await storage.accounts.createSession({ tokenHash: 'a', userId: 'u1', expiresAt: at(30) })
      await storage.accounts.createSession({ tokenHash: 'b', userId: 'u1', expiresAt: at(40) })
      await storage.accounts.createSession({ tokenHash: 'c', userId: 'u2', expiresAt: at(30) })
      await storage.accounts.deleteSessionsOfUser('u1')
      expect(await storage.accounts.findSession('a')).toBeNull()
      expect(await storage.accounts.findSession('b')).toBeNull()
      expect(await storage.accounts.findSession('c')).not.toBeNull()
    })

    it('keeps per-document access lists, without duplicates, and replaces them as a whole', async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.documents.createDocument(documentRecord('bbb', 1))
      for (const id of ['u1', 'u2', 'u3']) await storage.accounts.createUser(user(id, `name-${id}`, `Name ${id}`))
      expect(await storage.accounts.getDocumentAccess('aaa')).toEqual([])
      await storage.accounts.setDocumentAccess('aaa', ['u3', 'u1', 'u3'])
      await storage.accounts.setDocumentAccess('bbb', ['u2'])
      expect(await storage.accounts.getDocumentAccess('aaa')).toEqual(['u1', 'u3'])
      await storage.accounts.setDocumentAccess('aaa', ['u2'])
      expect(await storage.accounts.getDocumentAccess('aaa')).toEqual(['u2'])
      await storage.accounts.setDocumentAccess('aaa', [])
      expect(await storage.accounts.getDocumentAccess('aaa')).toEqual([])
      expect(await storage.accounts.getDocumentAccess('bbb')).toEqual(['u2'])
    })

    it('refuses an access list naming an unknown account and keeps the previous one', async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
      await storage.accounts.setDocumentAccess('aaa', ['u1'])
      await expect(storage.accounts.setDocumentAccess('aaa', ['u1', 'gibt-es-nicht'])).rejects.toThrow()
      expect(await storage.accounts.getDocumentAccess('aaa')).toEqual(['u1'])
    })
  })

  describe('fassungen', () => {
    const everyByte = new Uint8Array(Array.from({ length: 512 }, (_, index) => index % 256))

    function fassung(id: string, createdAt: string, overrides: Partial<StoredFassung> = {}): StoredFassung {
      return {
        id,
        documentId: 'aaa',
        name: `Fassung ${id}`,
        gremium: 'Ausschuss für Soziales (AFS)',
        date: '2019-03-21',
        status: 'Beschlussempfehlung',
        beratungsfolgeId: null,
        createdAt,
        createdBy: 'u1',
        snapshot: new Uint8Array([1, 2, 3]),
        state: new Uint8Array([4, 5, 6]),
        ...overrides,
      }
    }

    beforeEach(async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.documents.createDocument(documentRecord('bbb', 1))
    })

    it('round-trips snapshot and state byte-exact', async () => {
      const writer = createTextWriter(7)
      writer.type('eingefroren')
      const stored = fassung('f1', at(5), { snapshot: Y.encodeSnapshot(Y.snapshot(writer.ydoc)), state: everyByte, beratungsfolgeId: 'afs', status: 'Beschluss' })
      await storage.fassungen.createFassung(stored)
      const loaded = await storage.fassungen.getFassung('aaa', 'f1')
      expect(loaded).not.toBeNull()
      expect(loaded!.snapshot).toBeInstanceOf(Uint8Array)
      expect([...loaded!.snapshot]).toEqual([...stored.snapshot])
      expect([...loaded!.state]).toEqual([...everyByte])
      const { snapshot: _snapshot, state: _state, ...fields } = loaded!
      const { snapshot: _expectedSnapshot, state: _expectedState, ...expectedFields } = stored
      expect(fields).toEqual(expectedFields)
    })

    it('lists a document’s Fassungen by creation time, then in the order they were created, without blobs', async () => {
      await storage.fassungen.createFassung(fassung('spaet', at(9)))
      await storage.fassungen.createFassung(fassung('zweiter', at(5)))
      await storage.fassungen.createFassung(fassung('erster-zuletzt', at(5)))
      await storage.fassungen.createFassung(fassung('frueh', at(2)))
      await storage.fassungen.createFassung(fassung('andere', at(1), { documentId: 'bbb' }))
      const listed = await storage.fassungen.listFassungen('aaa')
      expect(listed.map((listedFassung) => listedFassung.id)).toEqual(['frueh', 'zweiter', 'erster-zuletzt', 'spaet'])
      expect(listed[0]).not.toHaveProperty('snapshot')
      expect(listed[0]).not.toHaveProperty('state')
      expect(listed[0]).toEqual({
        id: 'frueh',
        documentId: 'aaa',
        name: 'Fassung frueh',
        gremium: 'Ausschuss für Soziales (AFS)',
        date: '2019-03-21',
        status: 'Beschlussempfehlung',
        beratungsfolgeId: null,
        createdAt: at(2),
        createdBy: 'u1',
      })
    })

    it('finds a Fassung only under its own document', async () => {
      await storage.fassungen.createFassung(fassung('f1', at(5)))
      expect(await storage.fassungen.getFassung('bbb', 'f1')).toBeNull()
      expect(await storage.fassungen.getFassung('aaa', 'gibt-es-nicht')).toBeNull()
      await expect(storage.fassungen.createFassung(fassung('f1', at(6)))).rejects.toThrow()
    })
  })

  describe('review', () => {
    beforeEach(async () => {
      await storage.documents.createDocument(documentRecord('aaa', 1))
      await storage.documents.createDocument(documentRecord('bbb', 1))
      await storage.accounts.createUser(user('u1', 'najj', 'Said Najj'))
    })

    it('keeps threads with their comments, author names joined, in order', async () => {
      const anchor = { blockId: 'block-1', changeId: 'change-1', quote: 'Sprachförderung „früh“ beginnen' }
      await storage.review.createThread({ id: 't2', documentId: 'aaa', anchor, createdAt: at(5) })
      await storage.review.createThread({ id: 't1', documentId: 'aaa', anchor: { blockId: null, changeId: null, quote: '' }, createdAt: at(5) })
      await storage.review.createThread({ id: 't0', documentId: 'aaa', anchor, createdAt: at(2) })
      await storage.review.createThread({ id: 'x', documentId: 'bbb', anchor, createdAt: at(1) })
      await storage.review.addComment({ id: 'c2', threadId: 't2', authorId: 'u1', body: 'Zweiter', createdAt: at(7) })
      await storage.review.addComment({ id: 'c1', threadId: 't2', authorId: 'u1', body: 'Erster', createdAt: at(6) })
      await storage.review.addComment({ id: 'c3', threadId: 't2', authorId: 'geloescht', body: 'Gleichzeitig', createdAt: at(7) })
      await storage.review.addComment({ id: 'cx', threadId: 'x', authorId: 'u1', body: 'anderswo', createdAt: at(1) })

      const thread = await storage.review.getThread('t2')
      expect(thread).toEqual({
        id: 't2',
        documentId: 'aaa',
        anchor,
        resolved: false,
        resolvedBy: null,
        createdAt: at(5),
        comments: [
          { id: 'c1', threadId: 't2', authorId: 'u1', authorName: 'Said Najj', authorDepartment: 'Fachdienst Zuwanderung', body: 'Erster', createdAt: at(6) },
          { id: 'c2', threadId: 't2', authorId: 'u1', authorName: 'Said Najj', authorDepartment: 'Fachdienst Zuwanderung', body: 'Zweiter', createdAt: at(7) },
          { id: 'c3', threadId: 't2', authorId: 'geloescht', authorName: 'Unbekannt', authorDepartment: '', body: 'Gleichzeitig', createdAt: at(7) },
        ],
      })
      const threads = await storage.review.listThreads('aaa')
      expect(threads.map((listed) => listed.id)).toEqual(['t0', 't2', 't1'])
      expect(threads[1]).toEqual(thread)
      expect(threads[0]!.comments).toEqual([])
      expect(await storage.review.getThread('gibt-es-nicht')).toBeNull()
    })

    it('resolves and reopens threads', async () => {
      await storage.review.createThread({ id: 't1', documentId: 'aaa', anchor: { blockId: 'b', changeId: null, quote: 'q' }, createdAt: at(1) })
      await storage.review.setThreadResolved('t1', 'u1')
      expect(await storage.review.getThread('t1')).toMatchObject({ resolved: true, resolvedBy: 'u1' })
      await storage.review.setThreadResolved('t1', null)
      expect(await storage.review.getThread('t1')).toMatchObject({ resolved: false, resolvedBy: null })
    })

    it('keeps decisions as a log of item ranges, listed by time in the order recorded, all of a batch or none', async () => {
      const decision = (id: string, documentId: string, minute: number, covers: ReviewDecision['covers'], verdict: ReviewDecision['decision'] = 'accepted'): ReviewDecision => ({
        id,
        documentId,
        changeId: `change-${id}`,
        covers,
        decision: verdict,
        userId: 'u1',
        at: at(minute),
      })
      const insertion = { kind: 'insertion' as const, ranges: [[1_234_567_890, 17, 4], [42, 0, 1]] as [number, number, number][] }
      const format = { kind: 'format' as const, ranges: [[7, 3, 2]] as [number, number, number][], format: { mark: 'bold', change: 'added' as const } }
      await storage.review.recordDecisions([decision('d2', 'aaa', 3, insertion), decision('d3', 'aaa', 3, format, 'rejected')])
      await storage.review.recordDecisions([decision('d1', 'aaa', 2, null)])
      await storage.review.recordDecisions([decision('d4', 'bbb', 1, insertion)])
      await storage.review.recordDecisions([decision('d5', 'aaa', 4, insertion, 'rejected')])
      await storage.review.recordDecisions([])
      expect(await storage.review.listDecisions('aaa')).toEqual([
        decision('d1', 'aaa', 2, null),
        decision('d2', 'aaa', 3, insertion),
        decision('d3', 'aaa', 3, format, 'rejected'),
        decision('d5', 'aaa', 4, insertion, 'rejected'),
      ])
      expect(await storage.review.listDecisions('bbb')).toHaveLength(1)
      // An id used twice fails the whole batch: the first decision of it is not kept either.
      await expect(storage.review.recordDecisions([decision('d6', 'aaa', 5, insertion), decision('d1', 'aaa', 5, insertion)])).rejects.toThrow()
      expect((await storage.review.listDecisions('aaa')).map((listed) => listed.id)).toEqual(['d1', 'd2', 'd3', 'd5'])
      await storage.close()
      storage = await fixture.open()
      expect(await storage.review.listDecisions('aaa')).toHaveLength(4)
    })
  })
}
