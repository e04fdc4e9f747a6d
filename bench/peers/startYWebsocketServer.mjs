// The stock @y/websocket-server (0.1.1, the last Yjs-13 release) as its own bin would run it, except that it
// listens on port 0 and prints the port it got. Persistence is its own: YPERSISTENCE=<dir> makes its utils
// store every update in LevelDB through y-leveldb. The only addition is a token check on the upgrade,
// so that every server in the benchmark authenticates its connections.
import http from 'node:http'
import { WebSocketServer } from 'ws'
import { getPersistence, setupWSConnection } from '@y/websocket-server/utils'

const token = process.env['BENCH_TOKEN'] ?? ''
if (!process.env['YPERSISTENCE']) throw new Error('YPERSISTENCE must name the LevelDB directory')

const wss = new WebSocketServer({ noServer: true })
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})

wss.on('connection', setupWSConnection)

server.on('upgrade', (request, socket, head) => {
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (url.searchParams.get('token') !== token) {
    socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n')
    socket.destroy()
    return
  }
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})

server.listen(0, process.env['HOST'] ?? '127.0.0.1', () => {
  const address = server.address()
  console.log(JSON.stringify({ message: 'peer listening', port: typeof address === 'object' && address ? address.port : 0 }))
})

// LevelDB writes are asynchronous: close the database so that a restart finds everything on disk.
const stop = async () => {
  for (const client of wss.clients) client.terminate()
  server.close()
  await getPersistence()?.provider.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
