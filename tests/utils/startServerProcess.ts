import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { projectRoot, testAdminPassword } from './createTestServer'

export interface ServerProcess {
  child: ChildProcess
  port: number
  url: string
  wsUrl: string
  /** Everything the process wrote to stderr so far (its JSON log lines). */
  output(): string
  kill(signal?: NodeJS.Signals): Promise<void>
}

/**
 * The real server as its own process (`server/main.ts`), for tests that kill it: `node --import tsx`, or with
 * `launcher: 'tsx'` through the tsx command as `npm start` runs it (tsx passes SIGTERM on to the server, but
 * SIGKILL would leave the server running: stop that one with `kill('SIGTERM')`).
 */
export async function startServerProcess(dataDirectory: string, environment: Record<string, string> = {}, options: { launcher?: 'node' | 'tsx' } = {}): Promise<ServerProcess> {
  const main = path.join(projectRoot, 'server/main.ts')
  const [command, ...commandArguments] = options.launcher === 'tsx' ? [path.join(projectRoot, 'node_modules/.bin/tsx'), main] : [process.execPath, '--import', 'tsx', main]
  const child = spawn(command!, commandArguments, {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDirectory, ADMIN_PASSWORD: testAdminPassword, LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /"message":"server listening","port":(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(signal)
      await exited
    },
  }
}
