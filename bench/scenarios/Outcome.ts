/** A measurement's result, or why there is none. */
export type Outcome<T> = { value: T } | { error: string }
