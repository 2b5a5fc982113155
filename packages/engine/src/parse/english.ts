import { unified } from 'unified'
import retextEnglish from 'retext-english'
import type { Root } from 'nlcst'
import type { LanguageParser } from './parser.js'

// Frozen once: building a processor per text would cost more than parsing short replies.
const processor = unified().use(retextEnglish).freeze()

export const englishParser: LanguageParser = {
  language: 'en',
  parse: (text: string) => processor.parse(text) as Root,
}
