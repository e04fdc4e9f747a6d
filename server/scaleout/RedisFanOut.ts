import { randomUUID } from 'node:crypto'
import { Redis, type RedisOptions } from 'ioredis'
import type { RecheckScope } from '../collab/ConnectionAuthorization'
import type { DocumentFanOut, FanOutListener, FanOutMessage } from '../collab/DocumentFanOut'
import type { Logger } from '../logging/Logger'
import { decodeFanOutEnvelope } from './decodeFanOutEnvelope'
import { encodeFanOutEnvelope, type FanOutEnvelope } from './encodeFanOutEnvelope'

export interface RedisFanOutOptions {
  /** `redis://[user:password@]host:port[/db]` */
  url: string
  logger: Logger
  /**
   * Channel names are this prefix plus the document id, and this prefix plus `#connections` for requests to
   * check connections again; installations that share one Redis need different prefixes.
   */
  channelPrefix?: string
  /**
   * Every subscribed document is re-read from storage this often, in case a message got lost without a
   * reconnect to show for it (a connection that died silently); 0 turns this off.
   */
  resyncIntervalMs?: number
  /** A Redis command that takes longer counts as failed. */
  commandTimeoutMs?: number
}

type Role = 'publisher' | 'subscriber'

/**
 * Fan-out over Redis pub/sub: one channel per document, one connection to publish and one to subscribe.
 * Messages are fire-and-forget, so whenever some may have been lost this instance makes up for it from
 * storage: after its subscriber reconnects it resubscribes and resyncs every document, and after it could
 * not publish it asks the other instances to resync once Redis is back.
 */
export class RedisFanOut implements DocumentFanOut {
  /** Marks this instance's messages, which Redis also delivers back to it. */
  readonly instanceId = randomUUID()
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly listeners = new Map<string, { documentId: string; listener: FanOutListener }>()
  /** Documents with messages that could not be published: the others resync them once Redis is back. */
  private readonly unpublished = new Set<string>()
  private readonly failing = new Set<Role>()
  private readonly channelPrefix: string
  private readonly connectionsChannel: string
  private recheckListener: ((scope: RecheckScope) => void) | null = null
  /** A recheck request could not be published: the others check all their connections once Redis is back. */
  private recheckUnpublished = false
  private subscriberWasReady = false
  private resyncTimer: NodeJS.Timeout | null = null
  private resyncRequestTimer: NodeJS.Timeout | null = null
  private closed = false

  private constructor(private readonly options: RedisFanOutOptions) {
    this.channelPrefix = options.channelPrefix ?? 'fassung:document:'
    // Document ids are hex: no document's channel can be this one.
    this.connectionsChannel = `${this.channelPrefix}#connections`
    this.publisher = this.createClient('publisher')
    this.subscriber = this.createClient('subscriber')
    this.subscriber.on('ready', () => void this.handleSubscriberReady())
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.handleMessage(channel.toString(), message))
    this.publisher.on('ready', () => this.requestResyncs())
  }

  /** Connects both Redis connections; rejects if Redis cannot be reached now, so that a wrong REDIS_URL shows at start. */
  static async connect(options: RedisFanOutOptions): Promise<RedisFanOut> {
    const fanOut = new RedisFanOut(options)
    try {
      await Promise.all([fanOut.publisher.connect(), fanOut.subscriber.connect()])
    } catch (error) {
      fanOut.publisher.disconnect()
      fanOut.subscriber.disconnect()
      throw new Error('Redis (REDIS_URL) is unreachable', { cause: error })
    }
    try {
      // Recheck requests are heard from the start, not only once the 'ready' handler has subscribed.
      await fanOut.subscriber.subscribe(fanOut.connectionsChannel)
    } catch (error) {
      options.logger.warn('subscribing to connection rechecks failed; reconnecting', { error })
      fanOut.subscriber.disconnect(true)
    }
    const interval = options.resyncIntervalMs ?? 60_000
    if (interval > 0) {
      fanOut.resyncTimer = setInterval(() => fanOut.resyncAll(), interval)
      fanOut.resyncTimer.unref()
    }
    return fanOut
  }

  publish(documentId: string, message: FanOutMessage): void {
    this.send(documentId, { instanceId: this.instanceId, ...message })
  }

  publishRecheck(scope: RecheckScope): void {
    if (this.closed) return
    if (this.publisher.status !== 'ready') {
      this.recheckUnpublished = true
      return
    }
    this.publisher.publish(this.connectionsChannel, encodeFanOutEnvelope({ instanceId: this.instanceId, type: 'recheck', scope })).catch((error: unknown) => {
      this.options.logger.warn('publishing a connection recheck failed; the others check all connections once Redis is back', { error })
      this.recheckUnpublished = true
      this.retryRequestsSoon()
    })
  }

  onRecheck(listener: (scope: RecheckScope) => void): void {
    this.recheckListener = listener
  }

  async subscribe(documentId: string, listener: FanOutListener): Promise<void> {
    const channel = this.channelPrefix + documentId
    this.listeners.set(channel, { documentId, listener })
    // Not connected: the subscription and a resync follow when the subscriber is ready again.
    if (this.subscriber.status !== 'ready') return
    try {
      await this.subscriber.subscribe(channel)
    } catch (error) {
      this.options.logger.warn('subscribing failed; reconnecting, then the document resyncs from storage', { documentId, error })
      this.subscriber.disconnect(true)
    }
  }

  async unsubscribe(documentId: string, listener: FanOutListener): Promise<void> {
    const channel = this.channelPrefix + documentId
    if (this.listeners.get(channel)?.listener !== listener) return
    this.listeners.delete(channel)
    if (this.subscriber.status !== 'ready') return
    try {
      await this.subscriber.unsubscribe(channel)
    } catch (error) {
      // Messages on a channel without a listener are dropped, so staying subscribed does no harm.
      this.options.logger.warn('unsubscribing failed', { documentId, error })
    }
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.resyncTimer) clearInterval(this.resyncTimer)
    if (this.resyncRequestTimer) clearTimeout(this.resyncRequestTimer)
    await Promise.all([this.quit(this.publisher), this.quit(this.subscriber)])
  }

  private createClient(role: Role): Redis {
    const options: RedisOptions = {
      lazyConnect: true,
      connectionName: `fassung-${role}-${this.instanceId}`,
      // Nothing waits for a connection: what cannot be sent now is made up for by a resync from storage.
      enableOfflineQueue: false,
      // Resubscribing is done here, to know when it is done and resync after it.
      autoResubscribe: false,
      // A resent UNSUBSCRIBE could undo a later SUBSCRIBE; a command lost with its connection times out instead.
      autoResendUnfulfilledCommands: false,
      commandTimeout: this.options.commandTimeoutMs ?? 5_000,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    }
    const client = new Redis(this.options.url, options)
    client.on('error', (error: Error) => {
      // Every reconnection attempt fails with an error while Redis is away: the first one says enough.
      const level = this.failing.has(role) ? 'debug' : 'warn'
      this.failing.add(role)
      this.options.logger[level]('Redis connection failed; edits stay on this instance until it is back', { role, error })
    })
    client.on('ready', () => {
      if (this.failing.delete(role)) this.options.logger.info('Redis connection is back', { role })
    })
    return client
  }

  private send(documentId: string, envelope: FanOutEnvelope) {
    if (this.closed) return
    if (this.publisher.status !== 'ready') {
      this.unpublished.add(documentId)
      return
    }
    this.publisher.publish(this.channelPrefix + documentId, encodeFanOutEnvelope(envelope)).catch((error: unknown) => {
      if (this.unpublished.size === 0) this.options.logger.warn('publishing failed; the other instances resync once Redis is back', { documentId, error })
      this.unpublished.add(documentId)
      this.retryRequestsSoon()
    })
  }

  private retryRequestsSoon() {
    // The connection may be back already, its 'ready' past; the pause keeps a Redis that refuses PUBLISH from causing a busy loop.
    if (this.publisher.status === 'ready' && !this.resyncRequestTimer) {
      this.resyncRequestTimer = setTimeout(() => {
        this.resyncRequestTimer = null
        if (this.publisher.status === 'ready') this.requestResyncs()
      }, 1_000)
      this.resyncRequestTimer.unref()
    }
  }

  private requestResyncs() {
    const documentIds = [...this.unpublished]
    this.unpublished.clear()
    // Everything this instance could not publish is in storage: the others read it from there.
    for (const documentId of documentIds) this.send(documentId, { instanceId: this.instanceId, type: 'resync' })
    if (this.recheckUnpublished) {
      this.recheckUnpublished = false
      this.publishRecheck({ all: true })
    }
  }

  private async handleSubscriberReady() {
    const channels = [...this.listeners.keys()]
    try {
      await this.subscriber.subscribe(this.connectionsChannel, ...channels)
    } catch (error) {
      this.options.logger.warn('resubscribing failed; reconnecting', { error })
      this.subscriber.disconnect(true)
      return
    }
    // After a reconnect, a recheck request may have been missed meanwhile: every connection is checked again.
    if (this.subscriberWasReady) this.notifyRecheck({ all: true })
    this.subscriberWasReady = true
    // What was published while this instance was not subscribed is in storage.
    for (const channel of channels) {
      const entry = this.listeners.get(channel)
      if (entry) this.notifyResync(entry.documentId, entry.listener)
    }
  }

  private handleMessage(channel: string, bytes: Buffer) {
    if (channel === this.connectionsChannel) {
      this.handleConnectionsMessage(bytes)
      return
    }
    const entry = this.listeners.get(channel)
    if (!entry) return
    let envelope: FanOutEnvelope
    try {
      envelope = decodeFanOutEnvelope(bytes)
    } catch (error) {
      this.options.logger.warn('ignoring a malformed fan-out message', { documentId: entry.documentId, error })
      return
    }
    // A recheck belongs on the connections channel; on a document's it is not acted on.
    if (envelope.instanceId === this.instanceId || envelope.type === 'recheck') return
    if (envelope.type === 'resync') {
      this.notifyResync(entry.documentId, entry.listener)
      return
    }
    try {
      entry.listener.onMessage(envelope)
    } catch (error) {
      this.options.logger.error('applying a fan-out message failed; resyncing the document from storage', { documentId: entry.documentId, error })
      this.notifyResync(entry.documentId, entry.listener)
    }
  }

  private handleConnectionsMessage(bytes: Buffer) {
    let envelope: FanOutEnvelope
    try {
      envelope = decodeFanOutEnvelope(bytes)
    } catch (error) {
      this.options.logger.warn('ignoring a malformed connections message', { error })
      return
    }
    if (envelope.instanceId === this.instanceId || envelope.type !== 'recheck') return
    this.notifyRecheck(envelope.scope)
  }

  private notifyRecheck(scope: RecheckScope) {
    try {
      this.recheckListener?.(scope)
    } catch (error) {
      this.options.logger.error('re-checking connections failed', { scope, error })
    }
  }

  private resyncAll() {
    for (const { documentId, listener } of this.listeners.values()) this.notifyResync(documentId, listener)
  }

  private notifyResync(documentId: string, listener: FanOutListener) {
    try {
      listener.onResync()
    } catch (error) {
      this.options.logger.error('resyncing a document failed', { documentId, error })
    }
  }

  private async quit(client: Redis) {
    if (client.status !== 'ready') {
      client.disconnect()
      return
    }
    try {
      await client.quit()
    } catch (error) {
      this.options.logger.warn('closing a Redis connection failed', { error })
      client.disconnect()
    }
  }
}
