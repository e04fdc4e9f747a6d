import { spawn, type ChildProcess } from 'node:child_process'
import type { CleanupStack } from '../setup/CleanupStack'

export interface PinnedServerOptions {
  name: string
  /** Arguments after `node`. */
  nodeArguments: string[]
  cwd: string
  environment: Record<string, string>
  core: number
  /** Matches the line that announces the port; group 1 is the port. */
  listeningPattern: RegExp
  startTimeoutMs?: number
}

const keptOutputChars = 64 * 1024

/** A server started as `taskset -c <core> node …` (taskset execs node, so the child's pid is the server's). */
export class PinnedServerProcess {
  private output = ''
  private readonly removeCleanup: () => void

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    cleanup: CleanupStack,
  ) {
    this.removeCleanup = cleanup.add(`stop ${name}`, () => this.stop())
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-keptOutputChars)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
  }

  static async start(options: PinnedServerOptions, cleanup: CleanupStack): Promise<{ server: PinnedServerProcess; port: number }> {
    const child = spawn('taskset', ['-c', String(options.core), process.execPath, ...options.nodeArguments], {
      cwd: options.cwd,
      env: { ...process.env, ...options.environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const server = new PinnedServerProcess(options.name, child, cleanup)
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`${options.name} did not start in time:\n${server.output}`)), options.startTimeoutMs ?? 60_000)
      const onData = () => {
        const match = options.listeningPattern.exec(server.output)
        if (!match) return
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        child.stderr?.off('data', onData)
        child.off('exit', onExit)
        resolve(Number(match[1]))
      }
      const onExit = (code: number | null) => fail(new Error(`${options.name} exited with ${code} while starting:\n${server.output}`))
      const fail = (error: Error) => {
        clearTimeout(timer)
        child.off('exit', onExit)
        void server.stop().finally(() => reject(error))
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.on('exit', onExit)
      child.on('error', (error) => fail(error))
    })
    return { server, port }
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} has no pid`)
    return this.child.pid
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  recentOutput(): string {
    return this.output
  }

  /** SIGTERM, so that the server can store what it holds; SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    this.removeCleanup()
    if (!this.isRunning) return
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    this.child.kill('SIGTERM')
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }
}
