import type { Adapter } from '@tactful/engine'
import { templatedAdapter } from './templated-adapter.js'
import { readHtml } from './formats/html.js'
import { formatSpec } from './formats-list.js'

export { readHtml }
export const htmlAdapter: Adapter = templatedAdapter({ ...formatSpec('html'), inner: readHtml })
