/** The few ANSI styles the text formatters use; identity when colour is off. */
export interface Styles {
  red(s: string): string
  yellow(s: string): string
  blue(s: string): string
  dim(s: string): string
  bold(s: string): string
  underline(s: string): string
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`
const identity = (s: string) => s

export function styles(enabled: boolean): Styles {
  if (!enabled) return { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity, underline: identity }
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) }
}
