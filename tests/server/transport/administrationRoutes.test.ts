import { afterEach, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, createDocument, signIn, signInAsAdmin, testPasswordFor } from '../../utils/testAccounts'

describe('administration routes: passwords, Fachdienste, access lists', () => {
  let server: TestServer

  afterEach(async () => {
    await server.cleanup()
  })

  it('resets a password under the password policy and ends the sessions opened with the old one', async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'edda', name: 'Edda Editor', department: 'Jugend', role: 'editor' })

    const tooShort = await callApi(server, admin.token, 'PUT', `/api/users/${editor.user.id}/password`, { password: 'kurz' })
    expect(tooShort.status).toBe(400)
    expect(((await tooShort.json()) as { error: string }).error).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.')
    const common = await callApi(server, admin.token, 'PUT', `/api/users/${editor.user.id}/password`, { password: 'password1234' })
    expect(((await common.json()) as { error: string }).error).toMatch(/häufig verwendeter Passwörter/)
    expect(await (await callApi(server, editor.token, 'GET', '/api/session')).json()).toMatchObject({ user: { username: 'edda' } })

    const byEditor = await callApi(server, editor.token, 'PUT', `/api/users/${admin.user.id}/password`, { password: 'ein-ganz-neues-kennwort' })
    expect(byEditor.status).toBe(403)

    const reset = await callApi(server, admin.token, 'PUT', `/api/users/${editor.user.id}/password`, { password: 'ein-ganz-neues-kennwort' })
    expect(reset.status).toBe(200)
    expect(await (await callApi(server, editor.token, 'GET', '/api/session')).json()).toEqual({ user: null })
    expect((await callApi(server, null, 'POST', '/api/session', { username: 'edda', password: testPasswordFor('edda') })).status).toBe(401)
    await signIn(server, 'edda', 'ein-ganz-neues-kennwort')
  })

  it('keeps the Fachdienste in the order they were added, refuses duplicates and renames them with their accounts', async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const list = async () => ((await (await callApi(server, admin.token, 'GET', '/api/departments')).json()) as { departments: string[] }).departments
    expect(await list()).toEqual(['Verwaltung'])

    expect((await callApi(server, admin.token, 'POST', '/api/departments', { name: '  Integrationsbüro ' })).status).toBe(201)
    const duplicate = await callApi(server, admin.token, 'POST', '/api/departments', { name: 'integrationsbüro' })
    expect(duplicate.status).toBe(409)
    expect(((await duplicate.json()) as { error: string }).error).toBe('Den Fachdienst „integrationsbüro“ gibt es bereits.')
    expect((await callApi(server, admin.token, 'POST', '/api/departments', { name: '   ' })).status).toBe(400)
    // An account naming a Fachdienst not on the list puts it there.
    const editor = await createAccount(server, admin, { username: 'jan', name: 'Jan Jugend', department: 'Jugendamt', role: 'editor' })
    expect(await list()).toEqual(['Verwaltung', 'Integrationsbüro', 'Jugendamt'])
    expect((await callApi(server, editor.token, 'POST', '/api/departments', { name: 'Schulamt' })).status).toBe(403)
    expect((await callApi(server, editor.token, 'GET', '/api/departments')).status).toBe(200)

    const renamed = await callApi(server, admin.token, 'PATCH', '/api/departments', { from: 'Jugendamt', to: 'Fachdienst Jugend' })
    expect(renamed.status).toBe(200)
    expect(await list()).toEqual(['Verwaltung', 'Integrationsbüro', 'Fachdienst Jugend'])
    const users = ((await (await callApi(server, admin.token, 'GET', '/api/users')).json()) as { users: { username: string; department: string }[] }).users
    expect(users.find((user) => user.username === 'jan')?.department).toBe('Fachdienst Jugend')
    expect((await callApi(server, admin.token, 'PATCH', '/api/departments', { from: 'Fachdienst Jugend', to: 'Integrationsbüro' })).status).toBe(409)
    expect((await callApi(server, admin.token, 'PATCH', '/api/departments', { from: 'Gibt es nicht', to: 'Neu' })).status).toBe(404)
  })

  it('shows the administration a document’s access list', async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'edda', name: 'Edda Editor', department: 'Jugend', role: 'editor' })
    const documentId = await createDocument(server, editor, 'Konzept')
    const read = async () => ((await (await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/access`)).json()) as { userIds: string[] }).userIds
    expect(await read()).toEqual([])
    expect((await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [editor.user.id] })).status).toBe(200)
    expect(await read()).toEqual([editor.user.id])
    expect((await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/access`)).status).toBe(403)
  })
})
