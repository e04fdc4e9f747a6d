// Hocuspocus 3.4.4 (the newest release whose engines allow Node 20) with its SQLite extension writing to
// a database file, listening on port 0 and printing the port it got. Everything else is Hocuspocus's
// defaults (store debounced by 2 s, at most 10 s; unload when the last connection leaves).
import { Server } from '@hocuspocus/server'
import { SQLite } from '@hocuspocus/extension-sqlite'

const token = process.env['BENCH_TOKEN'] ?? ''
const database = process.env['HOCUSPOCUS_DATABASE']
if (!database) throw new Error('HOCUSPOCUS_DATABASE must name the SQLite file')

const server = new Server({
  port: 0,
  address: process.env['HOST'] ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
  extensions: [new SQLite({ database })],
  async onAuthenticate(data) {
    if (data.token !== token) throw new Error('unauthorized')
  },
})

await server.listen()
console.log(JSON.stringify({ message: 'peer listening', port: server.address.port }))
