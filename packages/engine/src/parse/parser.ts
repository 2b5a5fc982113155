import type { Root } from 'nlcst'

/** One parser per language; another language plugs in by adding one of these. */
export interface LanguageParser {
  language: string
  parse(text: string): Root
}
