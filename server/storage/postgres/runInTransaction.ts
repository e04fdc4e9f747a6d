import type pg from 'pg'

/** Runs `work` on one pooled connection between BEGIN and COMMIT; rolls back and rethrows if anything fails. */
export async function runInTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let result: T
  try {
    await client.query('BEGIN')
    result = await work(client)
    await client.query('COMMIT')
  } catch (error) {
    try {
      await client.query('ROLLBACK')
    } catch (rollbackError) {
      // A connection that cannot roll back is broken: releasing it with the error removes it from the pool.
      client.release(rollbackError as Error)
      throw new AggregateError([error, rollbackError], 'transaction failed and could not be rolled back', { cause: rollbackError })
    }
    client.release()
    throw error
  }
  client.release()
  return result
}
