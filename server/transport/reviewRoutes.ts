import type { Hono } from 'hono'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DecisionRequest, ReviewService } from '../review/ReviewService'
import type { AppEnv } from './AppEnv'
import { readJsonBody } from './readJsonBody'

export function registerReviewRoutes(app: Hono<AppEnv>, review: ReviewService): void {
  app.post('/api/documents/:id/decisions', async (c) => {
    const body = await readJsonBody(c)
    return c.json(await review.decide(c.get('user'), c.req.param('id'), body as unknown as DecisionRequest))
  })

  app.get('/api/documents/:id/decisions', async (c) => c.json({ decisions: await review.listDecisions(c.get('user'), c.req.param('id')) }))

  app.get('/api/documents/:id/people', async (c) => c.json({ people: await review.listMentionable(c.get('user'), c.req.param('id')) }))

  app.get('/api/documents/:id/comments', async (c) => c.json({ threads: await review.listThreads(c.get('user'), c.req.param('id')) }))

  app.post('/api/documents/:id/comments', async (c) => {
    const body = await readJsonBody(c)
    return c.json({ thread: await review.createThread(c.get('user'), c.req.param('id'), { anchor: body['anchor'], body: body['body'] }) }, 201)
  })

  app.post('/api/documents/:id/comments/:threadId/replies', async (c) => {
    const body = await readJsonBody(c)
    return c.json({ thread: await review.reply(c.get('user'), c.req.param('id'), c.req.param('threadId'), body['body']) }, 201)
  })

  app.put('/api/documents/:id/comments/:threadId/resolved', async (c) => {
    const body = await readJsonBody(c)
    if (typeof body['resolved'] !== 'boolean') throw new InvalidInputError('resolved muss wahr oder falsch sein.')
    return c.json({ thread: await review.setResolved(c.get('user'), c.req.param('id'), c.req.param('threadId'), body['resolved']) })
  })
}
