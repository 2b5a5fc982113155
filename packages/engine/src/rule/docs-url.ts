/** Where a built-in rule's docs live; one place, so ids and links never drift apart. */
export const DOCS_BASE = 'https://tactful.dev/rules/'

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}`
}
