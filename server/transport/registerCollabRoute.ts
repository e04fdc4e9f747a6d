import type { Hono } from 'hono'
import type { UpgradeWebSocket } from 'hono/ws'
import type { WebSocket } from 'ws'
import type { ClientConnection } from '../collab/ClientConnection'
import type { CollaborationServer } from '../collab/CollaborationServer'
import type { Context } from 'hono'
import { CloseCode } from '../../shared/collab/closeCodes'
import type { AppEnv } from './AppEnv'
import type { CollabAdmission } from './identifyCollabConnection'
import { isAllowedOrigin } from './isAllowedOrigin'

export interface CollabRouteDependencies {
  collaboration: CollaborationServer
  upgradeWebSocket: UpgradeWebSocket<WebSocket>
  allowedOrigins: string[]
  admit: (c: Context, documentId: string) => Promise<CollabAdmission>
}

/** `/collab/<documentId>`: checks the Origin, upgrades, and hands the socket to the collaboration core. */
export function registerCollabRoute(app: Hono<AppEnv>, dependencies: CollabRouteDependencies): void {
  app.get(
    '/collab/:documentId',
    async (c, next) => {
      if (!isAllowedOrigin(c.req.header('origin'), c.req.header('host'), dependencies.allowedOrigins)) {
        return c.json({ error: 'Herkunft nicht erlaubt.' }, 403)
      }
      await next()
    },
    dependencies.upgradeWebSocket(async (c) => {
      const documentId = c.req.param('documentId') ?? ''
      const admission = await dependencies.admit(c, documentId)
      let connection: ClientConnection | null = null
      return {
        onOpen(_event, ws) {
          const raw = ws.raw
          if (!raw) return
          if ('closeCode' in admission) {
            raw.close(admission.closeCode, admission.reason)
            return
          }
          connection = dependencies.collaboration.openConnection(
            {
              send: (message) => raw.send(message),
              close: (code, reason) => raw.close(code, reason),
              ping: () => raw.ping(),
              bufferedBytes: () => raw.bufferedAmount,
            },
            documentId,
            admission.identity,
            admission.authorization,
          )
          const opened = connection
          raw.on('pong', () => opened.handlePong())
        },
        onMessage(event) {
          if (!connection) return
          if (!(event.data instanceof ArrayBuffer)) {
            connection.close(CloseCode.malformedMessage, 'Nur binäre Nachrichten')
            return
          }
          connection.handleMessage(new Uint8Array(event.data))
        },
        onClose() {
          connection?.handleSocketClosed()
        },
        onError() {
          connection?.handleSocketClosed()
        },
      }
    }),
  )
}
