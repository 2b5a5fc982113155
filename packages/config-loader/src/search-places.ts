/** Where a tactful config may live, in the order cosmiconfig looks in one directory. */
export const SEARCH_PLACES = [
  'package.json',
  '.tactfulrc',
  '.tactfulrc.json',
  '.tactfulrc.yaml',
  '.tactfulrc.yml',
  '.tactfulrc.js',
  '.tactfulrc.mjs',
  '.tactfulrc.cjs',
  '.tactfulrc.ts',
  'tactful.config.js',
  'tactful.config.mjs',
  'tactful.config.cjs',
  'tactful.config.ts',
] as const

export const MODULE_NAME = 'tactful'
