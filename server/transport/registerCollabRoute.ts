import type { Hono } from 'hono'
import type { UpgradeWebSocket } from 'hono/ws'
import type { WebSocket } from 'ws'
import type { ClientConnection } from '../collab/ClientConnection'
import type { CollaborationServer } from '../collab/CollaborationServer'
import type { ConnectionIdentity } from '../collab/ConnectionIdentity'
import { CloseCode } from '../../shared/collab/closeCodes'
import { isAllowedOrigin } from './isAllowedOrigin'

export interface CollabRouteDependencies {
  collaboration: CollaborationServer
  upgradeWebSocket: UpgradeWebSocket<WebSocket>
  allowedOrigins: string[]
  identify: (request: Request) => Promise<ConnectionIdentity>
}

/** `/collab/<documentId>`: checks the Origin, upgrades, and hands the socket to the collaboration core. */
export function registerCollabRoute(app: Hono, dependencies: CollabRouteDependencies): void {
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
      const identity = await dependencies.identify(c.req.raw)
      let connection: ClientConnection | null = null
      return {
        onOpen(_event, ws) {
          const raw = ws.raw
          if (!raw) return
          connection = dependencies.collaboration.openConnection(
            {
              send: (message) => raw.send(message),
              close: (code, reason) => raw.close(code, reason),
              ping: () => raw.ping(),
            },
            documentId,
            identity,
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
