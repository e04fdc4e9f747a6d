import type { ConceptContent } from '../concept/ConceptContent'
import type { ClientTarget } from '../load/ClientTarget'
import { connectClients } from '../load/connectClients'
import { sumStateClocks } from '../load/sumStateClocks'

/**
 * The concept exactly as our server's import stored it, read back through a client: this Yjs state is what
 * the peers are then given, so all three servers hold identical content whatever the importer does today.
 * (Our server answers the initial sync from the loaded document, so "synced" means all of it has arrived.)
 */
export async function adoptServerContent(target: ClientTarget, documentId: string, content: ConceptContent): Promise<ConceptContent> {
  const [client] = await connectClients(target, [documentId], { concurrency: 1, timeoutMs: 120_000 })
  try {
    return { ...content, update: client!.yjs.encodeStateAsUpdate(client!.ydoc), clockTotal: sumStateClocks(client!) }
  } finally {
    client!.destroy()
  }
}
