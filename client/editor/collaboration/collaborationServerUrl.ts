/** The websocket base address of the collaboration server: the page's own host, `/collab`. */
export function collaborationServerUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${location.host}/collab`
}
