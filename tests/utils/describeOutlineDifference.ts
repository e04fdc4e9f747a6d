import type { JSONContent } from '@tiptap/core'

/** The document as one line per text block: the node path, the marks, the attributes and the text. */
export function outlineConcept(json: JSONContent): string[] {
  const lines: string[] = []
  const walk = (node: JSONContent, path: string) => {
    const attributes = Object.entries(node.attrs ?? {})
      .filter(([key, value]) => key !== 'id' && value !== null && value !== undefined)
      .map(([key, value]) => `${key}=${String(value)}`)
    const here = attributes.length > 0 ? `${node.type}(${attributes.join(',')})` : (node.type ?? '?')
    const children = node.content ?? []
    if (children.length > 0 && children.every((child) => child.type === 'text')) {
      const text = children.map((child) => (child.marks?.length ? `[${child.marks.map((mark) => mark.type).join('+')}:${child.text}]` : child.text)).join('')
      lines.push(`${path}${here}: ${text}`)
      return
    }
    if (children.length === 0 && path !== '') lines.push(`${path}${here}`)
    for (const child of children) walk(child, node.type === 'doc' ? '' : `${path}${here} > `)
  }
  walk(json, '')
  return lines
}

/** A line diff (longest common subsequence) of two outlines, '-' for the expected side, '+' for the actual one; '' when equal. */
export function describeOutlineDifference(expected: JSONContent, actual: JSONContent): string {
  const left = outlineConcept(expected)
  const right = outlineConcept(actual)
  const common: number[][] = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0))
  for (let i = left.length - 1; i >= 0; i -= 1) for (let j = right.length - 1; j >= 0; j -= 1) common[i]![j] = left[i] === right[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
  const lines: string[] = []
  let i = 0
  let j = 0
  let differs = false
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      lines.push(`  ${left[i]}`)
      i += 1
      j += 1
    } else if (j < right.length && (i === left.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      lines.push(`+ ${right[j]}`)
      differs = true
      j += 1
    } else {
      lines.push(`- ${left[i]}`)
      differs = true
      i += 1
    }
  }
  return differs ? lines.join('\n') : ''
}
