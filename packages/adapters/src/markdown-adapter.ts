import type { Adapter } from '@tactful/engine'
import { templatedAdapter } from './templated-adapter.js'
import { readMarkdown } from './formats/markdown.js'
import { formatSpec } from './formats-list.js'

export { readMarkdown }
export const markdownAdapter: Adapter = templatedAdapter({ ...formatSpec('markdown'), inner: readMarkdown })
