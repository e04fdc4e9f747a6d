import net from 'node:net'
import { redisTestUrl } from './redisTestUrl'

export interface RedisProxy {
  /** Redis URL that goes through the proxy. */
  url: string
  /** Drops every connection through the proxy and refuses new ones, like a Redis that went away. */
  cut(): void
  restore(): void
  close(): Promise<void>
}

/** A TCP proxy in front of the test Redis, to cut a server's Redis connections without touching anybody else's. */
export async function redisProxy(targetUrl = redisTestUrl): Promise<RedisProxy> {
  const target = new URL(targetUrl)
  const sockets = new Set<net.Socket>()
  let cut = false
  const server = net.createServer((downstream) => {
    if (cut) {
      downstream.destroy()
      return
    }
    const upstream = net.connect(Number(target.port || 6379), target.hostname)
    const closeBoth = () => {
      downstream.destroy()
      upstream.destroy()
    }
    for (const socket of [downstream, upstream]) {
      sockets.add(socket)
      // Either side failing or closing ends both, as a broken network would.
      socket.on('error', closeBoth)
      socket.on('close', () => {
        sockets.delete(socket)
        closeBoth()
      })
    }
    downstream.pipe(upstream).pipe(downstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const url = new URL(targetUrl)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return {
    url: url.toString(),
    cut() {
      cut = true
      for (const socket of sockets) socket.destroy()
    },
    restore() {
      cut = false
    },
    async close() {
      cut = true
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
