import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../setup/projectRoot'
import type { PeerDescription } from './PeerBenchServer'

/** @hocuspocus/server with @hocuspocus/extension-sqlite writing to a file in `dataDirectory`. */
export function describeHocuspocusPeer(dataDirectory: string): PeerDescription {
  const peers = path.join(projectRoot, 'bench/peers')
  const version = (JSON.parse(fs.readFileSync(path.join(peers, 'node_modules/@hocuspocus/server/package.json'), 'utf8')) as { version: string }).version
  return {
    label: `@hocuspocus/server ${version}`,
    persistence: 'SQLite file via @hocuspocus/extension-sqlite (sqlite3), whole state stored debounced (2 s) and on unload',
    protocol: 'hocuspocus',
    launch: {
      name: `@hocuspocus/server ${version}`,
      nodeArguments: [path.join(peers, 'startHocuspocusServer.mjs')],
      cwd: peers,
      environment: { HOCUSPOCUS_DATABASE: path.join(dataDirectory, 'hocuspocus.sqlite') },
    },
  }
}
