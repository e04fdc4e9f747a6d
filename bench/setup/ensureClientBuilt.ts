import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './projectRoot'
import { runCommand } from './runCommand'

/** Builds the client app with Vite when dist/client is missing, so that our server can serve the editor. */
export async function ensureClientBuilt(): Promise<void> {
  if (fs.existsSync(path.join(projectRoot, 'dist/client/index.html'))) return
  console.log('Building the client app (npx vite build)…')
  await runCommand('npx', ['vite', 'build'], { cwd: projectRoot, timeoutMs: 5 * 60_000 })
}
