import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import type { Condition, PatternOptions } from './types.js'

/** A list's name as a phrase refers to it: `$nationality`. */
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const REFERENCE = /\$([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/g
/** A `next`/`previous` item that is a list and nothing else. */
const WHOLE_REFERENCE = new RegExp(`^${REFERENCE.source}$`)

/** `text` with its balanced groups taken out, innermost first: what is left must hold no `(`, `)` or `|`. */
function withoutGroups(text: string): string {
  let rest = text
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/\([^()]*\)/g, '')]
  return rest
}

/** A rule's named word lists, by name: their entries as written, trimmed. */
export type WordLists = ReadonlyMap<string, readonly string[]>

function fail(key: string, message: string): never {
  throw new RuleDefinitionError(message, key)
}

/**
 * Checks a rule's `words` (name → alternatives) and turns each list into a group.
 * An alternative may hold several words ("latin american") and groups of its own,
 * but not another list: one level keeps every list readable where it is defined.
 */
export function wordLists(words: unknown): WordLists {
  const lists = new Map<string, readonly string[]>()
  if (words === undefined) return lists
  if (typeof words !== 'object' || words === null || Array.isArray(words)) fail('words', 'must map list names to lists of words')
  for (const [name, list] of Object.entries(words)) {
    const key = `words.${name}`
    if (!NAME.test(name)) fail(key, 'a list name is lower case with dashes, such as nationality or home-country')
    if (!Array.isArray(list) || list.length === 0) fail(key, 'must be a non-empty list of words')
    list.forEach((entry: unknown, i) => {
      if (typeof entry !== 'string' || entry.trim() === '') fail(`${key}[${i}]`, 'must be a non-empty string')
      if (entry.includes('$')) fail(`${key}[${i}]`, `"${entry}" refers to a list; lists cannot contain lists`)
      if (/[|()]/.test(withoutGroups(entry))) fail(`${key}[${i}]`, `"${entry}" has an unbalanced group or a bare |; write one alternative per entry`)
    })
    lists.set(name, (list as string[]).map((entry) => entry.trim()))
  }
  return lists
}

function entriesOf(name: string, lists: WordLists, key: string): readonly string[] {
  const entries = lists.get(name)
  if (entries === undefined) fail(key, lists.size === 0 ? `"$${name}" refers to a word list, but the rule has no words` : `unknown word list "$${name}"; the rule defines ${[...lists.keys()].map((n) => `$${n}`).join(', ')}`)
  return entries
}

/** `phrase` with each `$name` replaced by its list as one group, `(american|german|…)`; an unknown name is an error at `key`. */
export function withWordLists(phrase: string, lists: WordLists, key: string): string {
  if (!phrase.includes('$')) return phrase
  return phrase.replace(REFERENCE, (_, name: string) => `(${entriesOf(name, lists, key).join('|')})`)
}

/** A `next`/`previous` word list, where `$name` (alone in its item) stands for the list's words. */
function wordsWithWordLists(words: readonly unknown[], lists: WordLists, key: string): unknown[] {
  return words.flatMap((word, j): readonly unknown[] => {
    if (typeof word !== 'string' || !word.includes('$')) return [word]
    const name = WHOLE_REFERENCE.exec(word.trim())?.[1]
    if (name === undefined) fail(`${key}[${j}]`, `"${word}": a word list stands alone in next and previous (one word each)`)
    return entriesOf(name, lists, `${key}[${j}]`)
  })
}

function conditionsWithWordLists(conditions: readonly Condition[] | undefined, lists: WordLists, key: string): Condition[] | undefined {
  if (!Array.isArray(conditions)) return conditions as undefined
  return conditions.map((condition, i) => {
    if (typeof condition !== 'object' || condition === null) return condition
    const at = `${key}[${i}]`
    const expanded: Record<string, unknown> = { ...condition }
    if (Array.isArray(expanded.phrases)) expanded.phrases = expanded.phrases.map((p: unknown, j) => (typeof p === 'string' ? withWordLists(p, lists, `${at}.phrases[${j}]`) : p))
    for (const words of ['next', 'previous'] as const) {
      if (Array.isArray(expanded[words])) expanded[words] = wordsWithWordLists(expanded[words] as unknown[], lists, `${at}.${words}`)
    }
    for (const group of ['any', 'all'] as const) {
      if (Array.isArray(expanded[group])) expanded[group] = conditionsWithWordLists(expanded[group] as Condition[], lists, `${at}.${group}`)
    }
    return expanded as Condition
  })
}

/** Options (a pattern's or the rule's defaults) with the lists put into their conditions' phrases. */
export function optionsWithWordLists<T extends PatternOptions>(options: T, lists: WordLists, key: string): T {
  if (lists.size === 0 && !JSON.stringify([options.unless, options.when]).includes('$')) return options
  const expanded: T = { ...options }
  if (options.unless !== undefined) expanded.unless = conditionsWithWordLists(options.unless, lists, `${key}.unless`)
  if (options.when !== undefined) expanded.when = conditionsWithWordLists(options.when, lists, `${key}.when`)
  return expanded
}
