/**
 * Websocket close codes of the collaboration endpoint, shared by server and client. 4000–4999 is the
 * range the websocket standard leaves to applications; the last two digits follow HTTP where one fits.
 * The stock y-websocket provider stops reconnecting on 4400–4499 and reconnects with back-off on anything
 * else: conditions that pass (a dead socket, a rate limit, a catch-up, a storage failure) use 4500–4599.
 */
export const CloseCode = {
  /** The client sent bytes that are not a valid y-websocket message (truncated, garbage, unknown type). */
  malformedMessage: 4400,
  /** No session token, or one that is wrong or expired. */
  unauthorized: 4401,
  /** The account may not open this document. */
  forbidden: 4403,
  /** There is no document with this id. */
  documentNotFound: 4404,
  /** No pong came back in time, or the client stopped reading: the connection is considered dead. */
  timeout: 4508,
  /** The update builds on items this server does not have yet; it catches up from storage, the client reconnects. */
  outOfSync: 4509,
  /** A single message was larger than the server accepts. */
  messageTooLarge: 4413,
  /**
   * The update writes with a clientID another account wrote with first. The client moves its unsent changes
   * to a fresh clientID and sends them again; reconnecting with the same clientID cannot help.
   */
  clientIdTaken: 4422,
  /** The connection sent more than its rate limit allows, or the document's queue is full; try again shortly. */
  rateLimited: 4529,
  /** The server could not store an update: the document takes no further writes until storage works again. */
  storageFailure: 4503,
  /** The server is shutting down; reconnect later. */
  serverShutdown: 4504,
  /** The account's role changed (an editor made reviewer): reconnect, and read from now on without writing. */
  roleChanged: 4512,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

/** German explanations for the close codes, shown in the client's connection status. */
export const closeCodeMessages: Record<CloseCodeValue, string> = {
  [CloseCode.malformedMessage]: 'Ungültige Nachricht an den Server',
  [CloseCode.unauthorized]: 'Nicht angemeldet oder Sitzung abgelaufen',
  [CloseCode.forbidden]: 'Kein Zugriff auf dieses Dokument',
  [CloseCode.documentNotFound]: 'Dokument nicht gefunden',
  [CloseCode.timeout]: 'Verbindung unterbrochen',
  [CloseCode.outOfSync]: 'Abgleich mit dem Server läuft',
  [CloseCode.messageTooLarge]: 'Änderung zu groß für den Server',
  [CloseCode.clientIdTaken]: 'Client-ID bereits vergeben – Änderungen werden neu gesendet',
  [CloseCode.rateLimited]: 'Zu viele Änderungen in kurzer Zeit',
  [CloseCode.storageFailure]: 'Speichern auf dem Server fehlgeschlagen',
  [CloseCode.roleChanged]: 'Ihre Rolle wurde geändert: Sie können das Dokument jetzt nur noch lesen',
  [CloseCode.serverShutdown]: 'Server wird neu gestartet',
}
