import type { TimedResponse } from './TimedResponse'

export interface FassungInput {
  name: string
  gremium: string
  date: string
  status: 'Entwurf' | 'Beschlussempfehlung' | 'Beschluss'
}

/** Our server's JSON API, as far as the benchmark uses it; every call is timed. */
export class FassungApi {
  private constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async signIn(baseUrl: string, password: string): Promise<FassungApi> {
    const response = await fetch(`${baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    })
    if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status} ${await response.text()}`)
    const { token } = (await response.json()) as { token: string }
    return new FassungApi(baseUrl, token)
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<TimedResponse> {
    const started = performance.now()
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, body: bytes, milliseconds: performance.now() - started }
  }

  async createDocument(title: string): Promise<string> {
    return (await this.requestJson<{ id: string }>('POST', '/api/documents', { title })).id
  }

  /** Imports a concept from plain text; returns its id and how long the import took. */
  async importConcept(text: string, title: string): Promise<{ id: string; milliseconds: number }> {
    const response = await this.request('POST', '/api/documents/import', { text, title })
    if (response.status !== 201) throw new Error(`import failed: HTTP ${response.status} ${response.body.toString()}`)
    return { id: (JSON.parse(response.body.toString()) as { id: string }).id, milliseconds: response.milliseconds }
  }

  async createFassung(documentId: string, input: FassungInput): Promise<{ id: string; milliseconds: number }> {
    const response = await this.request('POST', `/api/documents/${encodeURIComponent(documentId)}/fassungen`, input)
    if (response.status !== 201) throw new Error(`freezing a Fassung failed: HTTP ${response.status} ${response.body.toString()}`)
    return { id: (JSON.parse(response.body.toString()) as { id: string }).id, milliseconds: response.milliseconds }
  }

  private async requestJson<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body)
    if (response.status < 200 || response.status >= 300) throw new Error(`${method} ${path}: HTTP ${response.status} ${response.body.toString()}`)
    return JSON.parse(response.body.toString()) as T
  }
}
