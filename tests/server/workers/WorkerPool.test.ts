import { afterEach, describe, expect, it } from 'vitest'
import { ImportLimitError } from '../../../shared/import/ImportLimitError'
import { ServiceUnavailableError } from '../../../server/errors/ServiceUnavailableError'
import { TooManyRequestsError } from '../../../server/errors/TooManyRequestsError'
import { createSilentLogger } from '../../../server/logging/Logger'
import type { JobRunner } from '../../../server/workers/JobRunner'
import { ResultCache } from '../../../server/workers/ResultCache'
import { UserConcurrencyLimit } from '../../../server/workers/UserConcurrencyLimit'
import { WorkerPool, type WorkerPoolOptions } from '../../../server/workers/WorkerPool'

const scriptedWorker = new URL('./scriptedWorker.ts', import.meta.url)

// The scripted worker knows job kinds of its own; the pool passes any kind through.
function runScripted(pool: WorkerPool, kind: string, input: unknown = null, signal?: AbortSignal): Promise<unknown> {
  return pool.run(kind as never, input as never, signal ? { signal } : {})
}

describe('WorkerPool', () => {
  let pool: WorkerPool | null = null
  const createPool = (options: Partial<WorkerPoolOptions> = {}) => (pool = new WorkerPool({ logger: createSilentLogger(), entry: scriptedWorker, threads: 1, ...options }))

  afterEach(async () => {
    await pool?.close()
    pool = null
  })

  it('runs jobs in a worker and queues those beyond its threads', async () => {
    const running = createPool({ threads: 2 })
    const results = await Promise.all(Array.from({ length: 6 }, (_, index) => runScripted(running, 'echo', { index, bytes: new Uint8Array([index]) })))
    expect(results).toEqual(Array.from({ length: 6 }, (_, index) => ({ index, bytes: new Uint8Array([index]) })))
  })

  it('fails only the job of a worker that crashes, and replaces the worker', async () => {
    const running = createPool()
    const crashed = runScripted(running, 'crash')
    const queued = runScripted(running, 'echo', 'danach')
    await expect(crashed).rejects.toBeInstanceOf(ServiceUnavailableError)
    await expect(crashed).rejects.toThrow(/abgebrochen/)
    expect(await queued).toBe('danach')
  })

  it('ends a worker that exhausts its heap limit without harm to the process', async () => {
    const running = createPool({ maxMemoryMb: 48 })
    const before = process.memoryUsage().heapUsed
    await expect(runScripted(running, 'exhaust')).rejects.toBeInstanceOf(ServiceUnavailableError)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024)
    expect(await runScripted(running, 'echo', 'weiter')).toBe('weiter')
  })

  it('stops a job that overruns the timeout, together with its worker', async () => {
    const running = createPool({ jobTimeoutMs: 1_000 })
    await expect(runScripted(running, 'hang')).rejects.toThrow(/zu lange gedauert/)
    expect(await runScripted(running, 'echo', 'weiter')).toBe('weiter')
  })

  it('ends a worker that never finishes loading, failing only the job it was given', async () => {
    const stuck = createPool({ entry: new URL('./stuckWorker.ts', import.meta.url), startupTimeoutMs: 2_000 })
    await expect(runScripted(stuck, 'echo', 'nie')).rejects.toBeInstanceOf(ServiceUnavailableError)
  })

  it('drops a waiting job whose request went away, while the running one finishes', async () => {
    const running = createPool()
    const sleeping = runScripted(running, 'sleep', 500)
    const controller = new AbortController()
    const waiting = runScripted(running, 'echo', 'wartet', controller.signal)
    controller.abort()
    await expect(waiting).rejects.toThrow('Die Anfrage wurde abgebrochen.')
    expect(await sleeping).toBe('ausgeschlafen')
    await expect(runScripted(running, 'echo', 'x', controller.signal)).rejects.toBeInstanceOf(ServiceUnavailableError)
  })

  it('gives the errors a job reports back typed, so that they keep their status', async () => {
    const running = createPool()
    await expect(runScripted(running, 'refuse')).rejects.toBeInstanceOf(ImportLimitError)
  })

  it('refuses jobs beyond its queue, and everything once closed', async () => {
    const running = createPool({ maxQueuedJobs: 1, jobTimeoutMs: 60_000 })
    const hanging = runScripted(running, 'hang')
    // The first job has been handed to the worker, so the queue is empty again.
    const queued = runScripted(running, 'echo', 'wartet')
    await expect(runScripted(running, 'echo', 'zu viel')).rejects.toBeInstanceOf(ServiceUnavailableError)
    const outcomes = Promise.allSettled([hanging, queued])
    await running.close()
    for (const outcome of await outcomes) expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(ServiceUnavailableError) })
    await expect(runScripted(running, 'echo')).rejects.toBeInstanceOf(ServiceUnavailableError)
  })
})

describe('UserConcurrencyLimit', () => {
  it('lets each account run so many jobs at once and refuses more with 429 and Retry-After', async () => {
    const releases: (() => void)[] = []
    const blocking: JobRunner = { run: () => new Promise((resolve) => releases.push(() => resolve(undefined as never))) }
    const limit = new UserConcurrencyLimit(blocking, 2, 7)
    const first = limit.run('compare', {} as never, { userId: 'anna' })
    const second = limit.run('compare', {} as never, { userId: 'anna' })
    const refused = limit.run('compare', {} as never, { userId: 'anna' })
    await expect(refused).rejects.toBeInstanceOf(TooManyRequestsError)
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 7 })
    const other = limit.run('compare', {} as never, { userId: 'bert' })
    releases.forEach((release) => release())
    await Promise.all([first, second, other])
    const again = limit.run('compare', {} as never, { userId: 'anna' })
    releases.at(-1)!()
    await again
  })
})

describe('ResultCache', () => {
  it('keeps results within its byte budget, dropping the least recently used first', () => {
    const cache = new ResultCache<string>(100)
    cache.set('a', 'A', 20)
    cache.set('b', 'B', 20)
    cache.set('c', 'C', 20)
    expect(cache.get('a')).toBe('A')
    cache.set('d', 'D', 25)
    cache.set('e', 'E', 25)
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a'), cache.get('c'), cache.get('d'), cache.get('e')]).toEqual(['A', 'C', 'D', 'E'])
    expect(cache.size).toBe(90)
    cache.set('big', 'X', 26)
    expect(cache.get('big')).toBeUndefined()
  })
})
