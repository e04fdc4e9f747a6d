import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import type { RecheckScope } from '../../../server/collab/ConnectionAuthorization'
import type { FanOutListener, FanOutMessage } from '../../../server/collab/DocumentFanOut'
import { createSilentLogger } from '../../../server/logging/Logger'
import { RedisFanOut, type RedisFanOutOptions } from '../../../server/scaleout/RedisFanOut'
import { waitFor } from '../../utils/createTestClient'
import { redisProxy, type RedisProxy } from '../../utils/redisProxy'
import { redisTestUrl } from '../../utils/redisTestUrl'

interface RecordingListener extends FanOutListener {
  messages: FanOutMessage[]
  resyncs: number
}

function recordingListener(): RecordingListener {
  const listener: RecordingListener = {
    messages: [],
    resyncs: 0,
    onMessage: (message) => listener.messages.push(message),
    onResync: () => (listener.resyncs += 1),
  }
  return listener
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

describe('Redis fan-out', () => {
  const fanOuts: RedisFanOut[] = []
  const proxies: RedisProxy[] = []
  const admins: Redis[] = []
  // Each test has channels of its own, so that parallel test files never hear each other.
  let channelPrefix = ''

  afterEach(async () => {
    for (const fanOut of fanOuts.splice(0)) await fanOut.close()
    for (const proxy of proxies.splice(0)) await proxy.close()
    for (const admin of admins.splice(0)) await admin.quit()
  })

  const connect = async (options: Partial<RedisFanOutOptions> = {}) => {
    if (!channelPrefix) channelPrefix = `test:${randomBytes(6).toString('hex')}:`
    const fanOut = await RedisFanOut.connect({ url: redisTestUrl, logger: createSilentLogger(), channelPrefix, resyncIntervalMs: 0, ...options })
    fanOuts.push(fanOut)
    return fanOut
  }

  afterEach(() => {
    channelPrefix = ''
  })

  it('passes updates and awareness to the other instances, never back to the sender', async () => {
    const [first, second] = [await connect(), await connect()]
    const [mine, theirs, elsewhere] = [recordingListener(), recordingListener(), recordingListener()]
    await first.subscribe('d1', mine)
    await second.subscribe('d1', theirs)
    await second.subscribe('d2', elsewhere)

    first.publish('d1', { type: 'update', update: new Uint8Array([0, 1, 2, 255]), userId: 'zuwanderung' })
    first.publish('d1', { type: 'update', update: new Uint8Array([7]), userId: null })
    first.publish('d1', { type: 'awareness', update: new Uint8Array([9, 9]) })
    await waitFor(() => theirs.messages.length === 3, 'three messages arrived')
    expect(theirs.messages).toEqual([
      expect.objectContaining({ type: 'update', update: new Uint8Array([0, 1, 2, 255]), userId: 'zuwanderung' }),
      expect.objectContaining({ type: 'update', update: new Uint8Array([7]), userId: null }),
      expect.objectContaining({ type: 'awareness', update: new Uint8Array([9, 9]) }),
    ])
    await pause(100)
    expect(mine.messages).toEqual([])
    expect(elsewhere.messages).toEqual([])
  })

  it('stops passing messages to an unsubscribed listener, but not to one that has replaced it', async () => {
    const [first, second] = [await connect(), await connect()]
    const [old, replacement, gone] = [recordingListener(), recordingListener(), recordingListener()]
    await second.subscribe('d1', old)
    await second.subscribe('d1', replacement)
    await second.unsubscribe('d1', old)
    await second.subscribe('d2', gone)
    await second.unsubscribe('d2', gone)
    first.publish('d1', { type: 'awareness', update: new Uint8Array([1]) })
    first.publish('d2', { type: 'awareness', update: new Uint8Array([2]) })
    await waitFor(() => replacement.messages.length === 1, 'the replacement listener got its message')
    await pause(100)
    expect(old.messages).toEqual([])
    expect(gone.messages).toEqual([])
  })

  it('resubscribes and resyncs after its subscriber connection was dropped', async () => {
    const [first, second] = [await connect(), await connect()]
    const listener = recordingListener()
    await second.subscribe('d1', listener)
    const admin = new Redis(redisTestUrl)
    admins.push(admin)
    const clients = (await admin.client('LIST')) as string
    const line = clients.split('\n').find((entry) => entry.includes(`name=fassung-subscriber-${second.instanceId}`))
    const id = /\bid=(\d+)/.exec(line ?? '')?.[1]
    expect(id).toBeDefined()
    await admin.client('KILL', 'ID', id!)

    await waitFor(() => listener.resyncs === 1, 'resync after resubscribing')
    first.publish('d1', { type: 'awareness', update: new Uint8Array([3]) })
    await waitFor(() => listener.messages.length === 1, 'messages arrive again')
  })

  it('asks the other instances to resync a document it could not publish to, once Redis is back', async () => {
    const proxy = await redisProxy()
    proxies.push(proxy)
    const cutOff = await connect({ url: proxy.url })
    const other = await connect()
    const [cutOffListener, otherListener] = [recordingListener(), recordingListener()]
    await cutOff.subscribe('d1', cutOffListener)
    await other.subscribe('d1', otherListener)

    proxy.cut()
    await pause(100)
    cutOff.publish('d1', { type: 'update', update: new Uint8Array([1]), userId: 'jugend' })
    await pause(100)
    expect(otherListener.messages).toEqual([])
    proxy.restore()

    await waitFor(() => otherListener.resyncs === 1, 'the other instance was asked to resync')
    await waitFor(() => cutOffListener.resyncs === 1, 'the cut-off instance resynced after resubscribing')
    expect(otherListener.messages).toEqual([])
    cutOff.publish('d1', { type: 'update', update: new Uint8Array([2]), userId: 'jugend' })
    await waitFor(() => otherListener.messages.length === 1, 'publishing works again')
  })

  it('subscribes while Redis is away, and resyncs once it is back', async () => {
    const proxy = await redisProxy()
    proxies.push(proxy)
    const fanOut = await connect({ url: proxy.url })
    const other = await connect()
    proxy.cut()
    await pause(100)
    const listener = recordingListener()
    await fanOut.subscribe('d1', listener)
    expect(listener.resyncs).toBe(0)
    proxy.restore()
    await waitFor(() => listener.resyncs === 1, 'resync once subscribed')
    other.publish('d1', { type: 'awareness', update: new Uint8Array([5]) })
    await waitFor(() => listener.messages.length === 1, 'messages arrive')
  })

  it('resyncs every subscribed document periodically, as a safety net', async () => {
    const fanOut = await connect({ resyncIntervalMs: 50 })
    const listener = recordingListener()
    await fanOut.subscribe('d1', listener)
    await waitFor(() => listener.resyncs >= 2, 'periodic resyncs')
  })

  it('passes connection rechecks to the other instances, and has everything rechecked where one may have been missed', async () => {
    const proxy = await redisProxy()
    proxies.push(proxy)
    const [first, second] = [await connect(), await connect({ url: proxy.url })]
    const atFirst: RecheckScope[] = []
    const atSecond: RecheckScope[] = []
    first.onRecheck((scope) => atFirst.push(scope))
    second.onRecheck((scope) => atSecond.push(scope))

    first.publishRecheck({ userId: 'u1' })
    first.publishRecheck({ documentId: 'd1' })
    await waitFor(() => atSecond.length === 2, 'rechecks arrive')
    expect(atSecond).toEqual([{ userId: 'u1' }, { documentId: 'd1' }])
    expect(atFirst).toEqual([])

    // Cut off, the second instance misses a recheck: once back, it checks all of its connections.
    proxy.cut()
    await pause(100)
    first.publishRecheck({ userId: 'u2' })
    await pause(100)
    proxy.restore()
    await waitFor(() => atSecond.some((scope) => 'all' in scope), 'everything rechecked after reconnecting')
    expect(atSecond).not.toContainEqual({ userId: 'u2' })

    // A recheck it could not publish: the others check all of theirs once Redis is back.
    proxy.cut()
    await pause(100)
    second.publishRecheck({ userId: 'u3' })
    proxy.restore()
    await waitFor(() => atFirst.some((scope) => 'all' in scope), 'the others recheck everything')
    expect(atFirst).not.toContainEqual({ userId: 'u3' })
  })

  it('refuses to start when Redis cannot be reached', async () => {
    await expect(RedisFanOut.connect({ url: 'redis://127.0.0.1:1', logger: createSilentLogger() })).rejects.toThrow('Redis (REDIS_URL) is unreachable')
  })
})
