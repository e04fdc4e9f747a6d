import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './projectRoot'
import { runCommand } from './runCommand'

/** Installs the peer servers into bench/peers/node_modules (their own package, apart from the app) when absent. */
export async function ensurePeersInstalled(): Promise<void> {
  const peersDirectory = path.join(projectRoot, 'bench/peers')
  if (fs.existsSync(path.join(peersDirectory, 'node_modules/@hocuspocus/server')) && fs.existsSync(path.join(peersDirectory, 'node_modules/@y/websocket-server'))) return
  const hasLockfile = fs.existsSync(path.join(peersDirectory, 'package-lock.json'))
  console.log(`Installing the peer servers into bench/peers (npm ${hasLockfile ? 'ci' : 'install'}; sqlite3 compiles from source, about a minute)…`)
  await runCommand('npm', [hasLockfile ? 'ci' : 'install', '--prefix', peersDirectory, '--no-audit', '--no-fund'], { cwd: projectRoot, timeoutMs: 10 * 60_000 })
}
