import type { Logger } from '../logging/Logger'
import type { CollabDocument } from './CollabDocument'
import type { DocumentFanOut, FanOutListener, FanOutMessage } from './DocumentFanOut'

/**
 * A loaded document's subscription to the fan-out. It opens before the document is read from storage, so
 * that nothing another instance publishes meanwhile is missed: messages wait until the document is attached.
 */
export class FanOutSubscription implements FanOutListener {
  private document: CollabDocument | null = null
  private waiting: FanOutMessage[] = []
  private resyncRequested = false
  private closed = false

  private constructor(
    private readonly fanOut: DocumentFanOut,
    private readonly documentId: string,
    private readonly logger: Logger,
  ) {}

  static async open(fanOut: DocumentFanOut, documentId: string, logger: Logger): Promise<FanOutSubscription> {
    const subscription = new FanOutSubscription(fanOut, documentId, logger)
    await fanOut.subscribe(documentId, subscription)
    return subscription
  }

  attach(document: CollabDocument): void {
    this.document = document
    for (const message of this.waiting.splice(0)) {
      try {
        document.applyFanOutMessage(message)
      } catch (error) {
        this.logger.error('applying a fan-out message failed; resyncing the document from storage', { documentId: this.documentId, error })
        this.resyncRequested = true
      }
    }
    if (this.resyncRequested) this.onResync()
  }

  onMessage(message: FanOutMessage): void {
    if (this.closed) return
    if (this.document) this.document.applyFanOutMessage(message)
    else this.waiting.push(message)
  }

  onResync(): void {
    if (this.closed) return
    const document = this.document
    if (!document) {
      // The read from storage may already be under way: it would not see what was missed, so resync once attached.
      this.resyncRequested = true
      return
    }
    this.resyncRequested = false
    document.publishLocalAwareness()
    document.mergeFromStorage().catch((error: unknown) => this.logger.error('resync from storage failed', { documentId: this.documentId, error }))
  }

  async close(): Promise<void> {
    this.closed = true
    this.document = null
    this.waiting = []
    try {
      await this.fanOut.unsubscribe(this.documentId, this)
    } catch (error) {
      this.logger.warn('unsubscribing from the fan-out failed', { documentId: this.documentId, error })
    }
  }
}
