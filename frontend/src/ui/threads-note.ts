// The status lines' note of how many threads a layout iterates on, when more than one (its worker
// and its layout helpers): a user sees that a large run uses every core.

export function threadsNote(threads: number): string {
  return threads > 1 ? ` · ${threads} threads` : '';
}
