import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { CleanupStack } from '../setup/CleanupStack'
import { projectRoot } from '../setup/projectRoot'
import type { LoadCommands, LoadRequest, LoadResponse } from './LoadCommands'

/** The load-generator process, `taskset -c <core> node …/loadGeneratorMain.ts`, driven over IPC. */
export class LoadGenerator {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>()
  private readonly removeCleanup: () => void

  private constructor(
    private readonly child: ChildProcess,
    cleanup: CleanupStack,
  ) {
    this.removeCleanup = cleanup.add('stop the load generator', () => this.stop())
    child.on('message', (response: LoadResponse) => {
      const waiting = this.pending.get(response.id)
      if (!waiting) return
      this.pending.delete(response.id)
      if ('error' in response) waiting.reject(new Error(`load generator: ${response.error}`))
      else waiting.resolve(response.result)
    })
    child.on('exit', (code, signal) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`load generator exited with ${code ?? signal}`))
      this.pending.clear()
    })
  }

  static async start(core: number, cleanup: CleanupStack): Promise<LoadGenerator> {
    // Structured-clone serialization, so Yjs updates travel as Uint8Array.
    const child = spawn('taskset', ['-c', String(core), process.execPath, '--import', 'tsx', path.join(projectRoot, 'bench/load/loadGeneratorMain.ts')], {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    })
    const generator = new LoadGenerator(child, cleanup)
    await new Promise<void>((resolve, reject) => generator.pending.set(0, { resolve: () => resolve(), reject }))
    return generator
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('load generator has no pid')
    return this.child.pid
  }

  run<K extends keyof LoadCommands>(kind: K, command: LoadCommands[K]['command']): Promise<LoadCommands[K]['result']> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject })
      this.child.send({ id, kind, command } as LoadRequest)
    })
  }

  async stop(): Promise<void> {
    this.removeCleanup()
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    this.child.disconnect()
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
}
