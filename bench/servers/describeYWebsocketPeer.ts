import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../setup/projectRoot'
import type { PeerDescription } from './PeerBenchServer'

/** @y/websocket-server 0.1.1 with its LevelDB persistence (YPERSISTENCE) in `dataDirectory`. */
export function describeYWebsocketPeer(dataDirectory: string): PeerDescription {
  const peers = path.join(projectRoot, 'bench/peers')
  const version = (JSON.parse(fs.readFileSync(path.join(peers, 'node_modules/@y/websocket-server/package.json'), 'utf8')) as { version: string }).version
  return {
    label: `@y/websocket-server ${version}`,
    persistence: 'LevelDB via y-leveldb (YPERSISTENCE), every update stored',
    protocol: 'y-websocket',
    launch: {
      name: `@y/websocket-server ${version}`,
      nodeArguments: [path.join(peers, 'startYWebsocketServer.mjs')],
      cwd: peers,
      environment: { YPERSISTENCE: path.join(dataDirectory, 'leveldb') },
    },
  }
}
