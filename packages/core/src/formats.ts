/** The built-in formats (adapter id and extensions) without loading any adapter, rule or parser. */
export { FORMATS, type FormatSpec, type FormatId } from '@tactful/adapters/formats'
