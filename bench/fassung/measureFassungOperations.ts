import type { ClientTarget } from '../load/ClientTarget'
import { connectClients } from '../load/connectClients'
import { createBenchClient } from '../load/createBenchClient'
import { sumStateClocks } from '../load/sumStateClocks'
import { waitForContent } from '../load/waitForContent'
import type { FassungApi } from './FassungApi'
import type { FassungOperationsResult } from './FassungOperationsResult'
import { reviseDocument } from './reviseDocument'
import { timeOptionalRoute } from './timeOptionalRoute'

/**
 * On the big concept: freeze a Fassung, revise the text through a collaboration client, freeze a second
 * Fassung, then time the Synopse (compare) of the two and of the first against the draft, the DOCX
 * and PDF exports of the draft, and the Synopse of the two as DOCX.
 */
export async function measureFassungOperations(api: FassungApi, clientTarget: ClientTarget, documentId: string, expectedClockTotal: number): Promise<FassungOperationsResult> {
  const documentPath = `/api/documents/${encodeURIComponent(documentId)}`
  const first = await api.createFassung(documentId, { name: 'Entwurf der Verwaltung', gremium: 'Sozial- und Gesundheitsausschuss', date: '2025-03-04', status: 'Entwurf' })

  const [editor] = await connectClients(clientTarget, [documentId], { concurrency: 1, timeoutMs: 60_000 })
  let editedParagraphs: number
  try {
    await waitForContent(editor!, expectedClockTotal, 120_000)
    editedParagraphs = reviseDocument(editor!)
    // The revision has reached the server once another client receives all of it.
    const verifier = await createBenchClient(clientTarget, documentId)
    try {
      await verifier.whenSynced(60_000)
      await waitForContent(verifier, sumStateClocks(editor!), 60_000)
    } finally {
      verifier.destroy()
    }
  } finally {
    editor!.destroy()
  }

  const second = await api.createFassung(documentId, { name: 'Beschlussempfehlung', gremium: 'Kreistag', date: '2025-04-10', status: 'Beschlussempfehlung' })
  const comparePath = `${documentPath}/compare?from=${encodeURIComponent(first.id)}&to=${encodeURIComponent(second.id)}`
  const compareMilliseconds: number[] = []
  let compareBytes = 0
  for (let round = 0; round < 3; round++) {
    const response = await api.request('GET', comparePath)
    if (response.status !== 200) throw new Error(`compare failed: HTTP ${response.status} ${response.body.toString().slice(0, 300)}`)
    compareMilliseconds.push(response.milliseconds)
    compareBytes = response.body.byteLength
  }
  const draft = await api.request('GET', `${documentPath}/compare?from=${encodeURIComponent(first.id)}&to=draft`)
  if (draft.status !== 200) throw new Error(`compare with the draft failed: HTTP ${draft.status}`)

  return {
    freezeFirstMilliseconds: first.milliseconds,
    freezeSecondMilliseconds: second.milliseconds,
    editedParagraphs,
    compareMilliseconds,
    compareBytes,
    compareDraftMilliseconds: draft.milliseconds,
    docx: await timeOptionalRoute(api, `${documentPath}/export?kind=concept&format=docx&version=draft`),
    pdf: await timeOptionalRoute(api, `${documentPath}/export?kind=concept&format=pdf&version=draft`),
    synopseDocx: await timeOptionalRoute(api, `${documentPath}/export?kind=synopse&format=docx&from=${encodeURIComponent(first.id)}&version=${encodeURIComponent(second.id)}`),
  }
}
