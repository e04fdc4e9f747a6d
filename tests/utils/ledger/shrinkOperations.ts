/**
 * Leaves out as many steps as it can while `fails` still holds (delta debugging: halves, quarters … single
 * steps), so that a failure is reported with the few steps that cause it.
 */
export function shrinkOperations<T>(operations: readonly T[], fails: (candidate: readonly T[]) => boolean, budget = 400): T[] {
  let current = [...operations]
  let chunk = Math.max(1, Math.floor(current.length / 2))
  let attempts = 0
  while (chunk >= 1 && attempts < budget) {
    let removed = false
    for (let start = 0; start < current.length && attempts < budget; ) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)]
      attempts += 1
      if (candidate.length < current.length && fails(candidate)) {
        current = candidate
        removed = true
      } else {
        start += chunk
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2)
  }
  return current
}
