/**
 * The addresses that Markdown links point to: a translation keeps them, so
 * they tell which units of the two documents are the same (a list of talks,
 * papers and tools) where lengths and words cannot.
 */
import type {Unit} from '../document/index.js'

export interface Address {
  url: string
  /** Where the link's text starts. */
  start: number
}

/** Index of the first link that starts at or after `offset`, by binary search (links are in document order). */
export function firstAtOrAfter(links: ReadonlyArray<{start: number}>, offset: number): number {
  let low = 0
  let high = links.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (links[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** The addresses of the links inside a unit. */
export function addressesIn(links: readonly Address[], unit: Pick<Unit, 'start' | 'end'>): string[] {
  const result: string[] = []
  for (let index = firstAtOrAfter(links, unit.start); index < links.length && links[index]!.start < unit.end; index++) {
    result.push(links[index]!.url)
  }
  return result
}

/** How often each address is linked to in a document. */
export function addressCounts(links: readonly Address[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const link of links) counts.set(link.url, (counts.get(link.url) ?? 0) + 1)
  return counts
}
