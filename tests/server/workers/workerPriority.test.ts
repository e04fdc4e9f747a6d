import fs from 'node:fs'
import os from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { createSilentLogger } from '../../../server/logging/Logger'
import { WorkerPool } from '../../../server/workers/WorkerPool'

// Nice values of this process's threads, read from /proc (field 19 of each thread's stat line).
function threadNiceValues(): number[] {
  return fs.readdirSync('/proc/self/task').flatMap((threadId) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8')
      return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])]
    } catch {
      return [] // the thread ended meanwhile
    }
  })
}

describe.runIf(process.platform === 'linux')('worker thread priority', () => {
  let pool: WorkerPool | null = null
  afterEach(async () => {
    await pool?.close()
    pool = null
  })

  it('runs heavy jobs in threads with a higher nice value, leaving the event loop thread as it was', async () => {
    const loopNice = os.getPriority()
    expect(threadNiceValues().filter((nice) => nice === loopNice + 7)).toEqual([])
    pool = new WorkerPool({ logger: createSilentLogger(), threads: 1, niceness: loopNice + 7 })
    const imported = await pool.run('importText', { text: 'Integrationskonzept\n\n1 Bildung\n\nAlle lernen.' })
    expect(imported.summary.title).toBe('Integrationskonzept')
    expect(threadNiceValues().filter((nice) => nice === loopNice + 7)).toHaveLength(1)
    expect(os.getPriority()).toBe(loopNice)
  })
})
