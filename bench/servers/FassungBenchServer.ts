import path from 'node:path'
import type { ClientTarget } from '../load/ClientTarget'
import { FassungApi } from '../fassung/FassungApi'
import type { CleanupStack } from '../setup/CleanupStack'
import { projectRoot } from '../setup/projectRoot'
import type { BenchServer } from './BenchServer'
import { PinnedServerProcess } from './PinnedServerProcess'

const adminPassword = 'bench-admin-password'

/** Our server, `node --import tsx server/main.ts`, with SQLite storage in a temporary data directory. */
export class FassungBenchServer implements BenchServer {
  readonly label = 'Fassung (this repository)'
  readonly persistence = 'SQLite (better-sqlite3), every update appended, snapshot on unload'

  private constructor(
    private process: PinnedServerProcess,
    private port: number,
    private session: FassungApi,
    private readonly dataDirectory: string,
    private readonly core: number,
    private readonly cleanup: CleanupStack,
  ) {}

  static async start(dataDirectory: string, core: number, cleanup: CleanupStack): Promise<FassungBenchServer> {
    const { server, port } = await FassungBenchServer.launch(dataDirectory, core, cleanup)
    const session = await FassungApi.signIn(`http://127.0.0.1:${port}`, adminPassword)
    return new FassungBenchServer(server, port, session, dataDirectory, core, cleanup)
  }

  private static launch(dataDirectory: string, core: number, cleanup: CleanupStack) {
    return PinnedServerProcess.start(
      {
        name: 'Fassung server',
        nodeArguments: ['--import', 'tsx', path.join(projectRoot, 'server/main.ts')],
        cwd: projectRoot,
        environment: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDirectory, ADMIN_PASSWORD: adminPassword, LOG_LEVEL: 'info' },
        core,
        listeningPattern: /"message":"server listening","port":(\d+)/,
      },
      cleanup,
    )
  }

  get pid(): number {
    return this.process.pid
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** The signed-in admin session. */
  get api(): FassungApi {
    return this.session
  }

  get clientTarget(): ClientTarget {
    return { protocol: 'y-websocket', url: `ws://127.0.0.1:${this.port}/collab`, token: this.session.token }
  }

  async restart(): Promise<void> {
    await this.process.stop()
    const { server, port } = await FassungBenchServer.launch(this.dataDirectory, this.core, this.cleanup)
    this.process = server
    this.port = port
    this.session = await FassungApi.signIn(this.url, adminPassword)
  }

  stop(): Promise<void> {
    return this.process.stop()
  }
}
