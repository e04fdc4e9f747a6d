import type { ClientTarget } from '../load/ClientTarget'
import type { CleanupStack } from '../setup/CleanupStack'
import type { BenchServer } from './BenchServer'
import { PinnedServerProcess, type PinnedServerOptions } from './PinnedServerProcess'

export interface PeerDescription {
  label: string
  persistence: string
  protocol: ClientTarget['protocol']
  /** Everything to start it but the core and the listening pattern. */
  launch: Omit<PinnedServerOptions, 'core' | 'listeningPattern'>
}

const peerToken = 'bench-peer-token'

/** A peer collaboration server from bench/peers, started by one of its entry scripts there. */
export class PeerBenchServer implements BenchServer {
  private constructor(
    private readonly description: PeerDescription,
    private process: PinnedServerProcess,
    private port: number,
    private readonly core: number,
    private readonly cleanup: CleanupStack,
  ) {}

  static async start(description: PeerDescription, core: number, cleanup: CleanupStack): Promise<PeerBenchServer> {
    const { server, port } = await PeerBenchServer.launch(description, core, cleanup)
    return new PeerBenchServer(description, server, port, core, cleanup)
  }

  private static launch(description: PeerDescription, core: number, cleanup: CleanupStack) {
    return PinnedServerProcess.start(
      {
        ...description.launch,
        environment: { ...description.launch.environment, HOST: '127.0.0.1', BENCH_TOKEN: peerToken },
        core,
        listeningPattern: /"message":"peer listening","port":(\d+)/,
      },
      cleanup,
    )
  }

  get label(): string {
    return this.description.label
  }

  get persistence(): string {
    return this.description.persistence
  }

  get pid(): number {
    return this.process.pid
  }

  get clientTarget(): ClientTarget {
    return { protocol: this.description.protocol, url: `ws://127.0.0.1:${this.port}`, token: peerToken }
  }

  async restart(): Promise<void> {
    await this.process.stop()
    const { server, port } = await PeerBenchServer.launch(this.description, this.core, this.cleanup)
    this.process = server
    this.port = port
  }

  stop(): Promise<void> {
    return this.process.stop()
  }
}
