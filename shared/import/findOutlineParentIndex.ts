interface OutlineSection {
  path: readonly number[]
  children: readonly { path: readonly number[] }[]
}

/**
 * Where in the stack of open sections a section numbered `path` belongs, or -1 if its number does not fit:
 * its parent must be open and its own number must follow the elder sibling's (one gap tolerated).
 */
export function findOutlineParentIndex(stack: readonly OutlineSection[], path: readonly number[]): number {
  const own = path[path.length - 1]!
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const candidate = stack[index]!
    if (candidate.path.length !== path.length - 1) continue
    if (!candidate.path.every((part, position) => part === path[position])) continue
    const previous = candidate.children[candidate.children.length - 1]?.path[path.length - 1] ?? 0
    return own > previous && own <= previous + 2 ? index : -1
  }
  return -1
}
