import { createRequire } from 'node:module'

/** tactful's own version, from the CLI package's package.json (works from src and dist alike). */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version
