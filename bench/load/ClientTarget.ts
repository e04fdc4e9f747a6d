/** How a load-generator client reaches one server: its protocol, websocket base address and token. */
export interface ClientTarget {
  protocol: 'y-websocket' | 'hocuspocus'
  url: string
  token: string
}
