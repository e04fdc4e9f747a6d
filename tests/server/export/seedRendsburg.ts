import { readFileSync } from 'node:fs'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { parseBeschlussvorlageCover } from '../../../shared/import/parseBeschlussvorlageCover'
import { collectTeilziele, type TeilzielReading } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { teilzielFieldNames } from '../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import type { TestServer } from '../../utils/createTestServer'
import { callApi, type SignedIn } from '../../utils/testAccounts'

export const rendsburgText = readFileSync(new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url), 'utf8')

export interface SeededRendsburg {
  documentId: string
  fassungId: string
  /** The concept as the server reads the Fassung. */
  doc: ProseMirrorNode
  teilziele: TeilzielReading[]
  metadata: Omit<DocumentMetadata, 'beratungsfolge'> & { beratungsfolge: Omit<DocumentMetadata['beratungsfolge'][number], 'id'>[] }
}

async function expectStatus(response: Response, status: number): Promise<Response> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
  return response
}

/**
 * Seed 003 through the API, as an office would do it: the text imported, the cover sheet's fields entered
 * as metadata, and a Fassung frozen ("Beschlussempfehlung" of the Sozial- und Gesundheitsausschuss).
 */
export async function seedRendsburg(server: TestServer, editor: SignedIn, title = 'Integrationskonzept'): Promise<SeededRendsburg> {
  const imported = await expectStatus(await callApi(server, editor.token, 'POST', '/api/documents/import', { text: rendsburgText, title }), 201)
  const documentId = ((await imported.json()) as { id: string }).id
  const cover = parseBeschlussvorlageCover(rendsburgText)
  if (!cover) throw new Error('seed 003 has no cover sheet')
  const metadata: SeededRendsburg['metadata'] = {
    beratungsfolge: cover.beratungsfolge.map((entry) => ({ datum: entry.datum.split('.').reverse().join('-'), gremium: entry.gremium, zustaendigkeit: entry.zustaendigkeit || 'Entscheidung' })),
    cover: {
      vorlageNummer: cover.vorlageNummer,
      datum: cover.datum,
      fachdienst: cover.fachdienst,
      ansprechpartner: cover.ansprechpartner,
      bearbeiter: cover.bearbeiter,
      title: cover.title,
      oeffentlich: true,
      beschlussvorschlag: cover.beschlussvorschlag,
      begruendungNichtoeffentlichkeit: cover.begruendungNichtoeffentlichkeit,
      sachverhalt: cover.sachverhalt,
      klimaschutz: cover.klimaschutz,
      finanzielleAuswirkungen: cover.finanzielleAuswirkungen,
      anlagen: cover.anlagen,
    },
  }
  await expectStatus(await callApi(server, editor.token, 'PUT', `/api/documents/${documentId}/metadata`, metadata), 200)
  const frozen = await expectStatus(
    await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Beschlussempfehlung SGA', gremium: 'Sozial- und Gesundheitsausschuss (SGA)', date: '2020-08-27', status: 'Beschlussempfehlung' }),
    201,
  )
  const fassungId = ((await frozen.json()) as { id: string }).id
  const version = await expectStatus(await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/versions/${fassungId}`), 200)
  const doc = getConceptSchema().nodeFromJSON(((await version.json()) as { doc: unknown }).doc)
  return { documentId, fassungId, doc, teilziele: collectTeilziele(doc), metadata }
}

/** Every field text of every Teilziel, in document order (21 × 5 for seed 003). */
export function teilzielFieldTexts(teilziele: readonly TeilzielReading[]): string[] {
  return teilziele.flatMap((teilziel) => teilzielFieldNames.map((name) => teilziel.fields[name]))
}
