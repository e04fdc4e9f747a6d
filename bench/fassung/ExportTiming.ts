/** One timed call of an API route; `unavailable` says why there is no timing (e.g. the route does not exist yet). */
export type ExportTiming = { milliseconds: number; bytes: number } | { unavailable: string }
