import fs from 'node:fs/promises'
import path from 'node:path'
import type { Context } from 'hono'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
}

/** Serves the built client; unknown paths get index.html so that deep links into the app work. */
export function serveClientApp(staticDirectory: string) {
  const root = path.resolve(staticDirectory)
  return async (c: Context) => {
    let decodedPath: string
    try {
      decodedPath = decodeURIComponent(c.req.path)
    } catch {
      return c.text('Ungültige Adresse', 400)
    }
    const requested = path.resolve(root, `.${decodedPath}`)
    if (!requested.startsWith(root + path.sep) && requested !== root) return c.text('Nicht gefunden', 404)
    const file = await readFileIfPresent(requested)
    if (file) {
      const immutable = c.req.path.startsWith('/assets/')
      return c.body(new Uint8Array(file), 200, {
        'Content-Type': contentTypes[path.extname(requested)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
    }
    if (path.extname(requested)) return c.text('Nicht gefunden', 404)
    const index = await readFileIfPresent(path.join(root, 'index.html'))
    if (!index) return c.text('Die Oberfläche ist nicht gebaut. Bitte "npm run build" ausführen.', 503)
    return c.body(new Uint8Array(index), 200, { 'Content-Type': contentTypes['.html']!, 'Cache-Control': 'no-cache' })
  }
}

async function readFileIfPresent(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file)
    if (!stat.isFile()) return null
    return await fs.readFile(file)
  } catch {
    return null
  }
}
