import type { Hono } from 'hono'
import { contentDisposition } from '../export/contentDisposition'
import type { ExportService } from '../export/ExportService'
import { parseExportRequest } from '../export/parseExportRequest'
import type { AppEnv } from './AppEnv'

/**
 * `GET /api/documents/:id/export?kind=concept|beschlussvorlage|synopse&format=docx|pdf|html&version=<Fassung|draft>&from=<Fassung>`
 * (a Synopse also `&umfang=gesamt|aenderungen&abschnitte=3.1,3.4`) answers with the file; behind `requireUser` like every document route.
 */
export function registerExportRoutes(app: Hono<AppEnv>, exports: ExportService): void {
  app.get('/api/documents/:id/export', async (c) => {
    const request = parseExportRequest({
      kind: c.req.query('kind'),
      format: c.req.query('format'),
      version: c.req.query('version'),
      from: c.req.query('from'),
      umfang: c.req.query('umfang'),
      abschnitte: c.req.query('abschnitte'),
    })
    const file = await exports.export(c.get('user'), c.req.param('id'), request, c.req.raw.signal)
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Content-Length': String(file.body.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // An exported HTML file opened from here must not run or load anything.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    })
  })
}
