/** The Redis server tests fan out through; CI runs Redis on localhost. */
export const redisTestUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379'
