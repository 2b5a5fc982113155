import type { RuleMeta } from '../types/rule.js'
import { CATEGORIES } from '../types/rule.js'
import { docsUrl } from '../rule/docs-url.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import type { CompiledPattern, Condition, PatternOptions, PhraseRuleSource, RuleExamples, RuleScope } from './types.js'
import { expandAlternatives, normalizeWord } from './tokenize-phrase.js'
import { expandTemplate, phraseTemplate, spellNormalized, type PackedSlot, type PhraseTemplate } from './phrase-template.js'
import { withLazyPhrases } from './lazy-phrases.js'
import type { FirstWordIndex } from './first-words.js'
import { optionsWithWordLists, wordLists, withWordLists } from './word-lists.js'

/**
 * Phrases one entry, and one rule, may spell once groups are expanded (the largest built-in entry spells ~18,000).
 * Linting never lists them (the matcher walks the templates); the limits bound the duplicate checks, which do.
 */
export const MAX_PHRASES_PER_ENTRY = 50_000
/** Duplicate phrases quoted in one error; a widened group can spell thousands. */
const MAX_DUPLICATES_LISTED = 20
export const MAX_PHRASES_PER_RULE = 1_000_000
/** Phrases one condition may spell (the largest built-in one spells ~1,900). */
export const MAX_CONDITION_PHRASES = 3_000

/**
 * A compiled pattern with its phrases also kept as written (templates), which
 * is what the matcher reads; `phrases` lists them expanded, in the same order.
 */
export interface PhrasePattern extends CompiledPattern {
  readonly templates: readonly PhraseTemplate[]
  /**
   * Generated rules only: the same templates as stored, one string per slot, which the matcher
   * reads slot by slot instead of `templates` (see `unpackPhraseRule`).
   */
  readonly packedTemplates?: readonly (readonly PackedSlot[])[]
}

/** A data-driven rule, ready for the shared matcher. */
export interface PhraseRule {
  readonly kind: 'phrase'
  readonly meta: RuleMeta<void>
  readonly phraseKind: PhraseRuleSource['kind']
  readonly patterns: readonly PhrasePattern[]
  readonly limit?: { max?: number; min?: number }
  readonly scope?: RuleScope
  readonly examples?: RuleExamples
  /** Generated rules only: where the rule's phrases start, made at build time (see `FirstWordIndex`). */
  readonly firstWords?: FirstWordIndex
}

const KINDS = new Set(['avoid', 'replace', 'limit', 'require'])
const CHANNELS = new Set(['email', 'chat', 'template'])
const SEVERITIES = new Set(['info', 'warning', 'error'])
const ID = /^(?:[a-z][a-z0-9]*\/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const ENTITIES = new Set(['date', 'time', 'timezone', 'duration', 'weekday', 'number', 'money', 'url', 'email', 'question'])
const SCOPES = new Set(['sentence', 'paragraph', 'unit', 'before', 'after', 'clause', 'next-sentence', 'previous-sentence', 'rest-of-paragraph'])
const POSITIONS = new Set(['sentence-start', 'clause-start', 'sentence-end', 'alone'])
const PLACEHOLDER = /\{(\w+)\}/g
const KNOWN_PLACEHOLDERS = new Set(['actual', 'expected', 'note', 'region', 'count', 'max', 'min'])

/** The keys a rule, a pattern and `defaults` may have: anything else is a typo that would be ignored silently. */
const RULE_KEYS = ['id', 'kind', 'description', 'category', 'languages', 'severity', 'fixable', 'message', 'messages', 'appliesTo', 'limit', 'scope', 'examples', 'defaults', 'patterns', 'experimental', 'url', 'words']
const OPTION_KEYS = ['negation', 'quotes', 'properNouns', 'caseSensitive', 'unless', 'when', 'channels', 'notChannels', 'regions', 'notRegions', 'severity', 'regionSeverity']
const PATTERN_KEYS = [...OPTION_KEYS, 'phrases', 'suggest', 'note', 'messageId']

function fail(key: string, message: string): never {
  throw new RuleDefinitionError(message, key)
}

/**
 * A pattern's `when` or `unless` replaces the rule's `defaults`; the entry `defaults` in it stands for the
 * defaults' own list, so a pattern can add a condition without copying them: `unless: [defaults, {has: date}]`.
 */
function withDefaultConditions<T extends PatternOptions>(pattern: T, defaults: PatternOptions | undefined, key: string): T {
  const expanded = { ...pattern }
  for (const list of ['when', 'unless'] as const) {
    const conditions = pattern[list] as unknown
    if (!Array.isArray(conditions) || !conditions.includes('defaults')) continue
    const inherited = defaults?.[list]
    if (inherited === undefined) fail(`${key}.${list}[${conditions.indexOf('defaults')}]`, `"defaults" stands for defaults.${list}, which this rule does not set`)
    expanded[list] = conditions.flatMap((condition) => (condition === 'defaults' ? inherited : [condition]))
  }
  return expanded
}

/** One error for every phrase spelled twice: an author fixes every overlap in one pass, not one per compile. */
function failDuplicates(duplicates: readonly { entry: string; phrase: string; first: string }[]): never {
  const advice = "to report it in more contexts, widen one pattern's conditions (any: [...])"
  const where = (d: { entry: string; first: string }) => (d.first === d.entry ? 'twice in this entry' : `in ${d.first} too`)
  const [first] = duplicates
  if (duplicates.length === 1) fail(first!.entry, `"${first!.phrase}" appears twice in this rule (${where(first!)}); ${advice}`)
  const listed = duplicates.slice(0, MAX_DUPLICATES_LISTED).map((d) => `"${d.phrase}" at ${d.entry} (${where(d)})`)
  const more = duplicates.length > listed.length ? `, and ${duplicates.length - listed.length} more` : ''
  fail(first!.entry, `${duplicates.length} phrases appear twice in this rule: ${listed.join(', ')}${more}; ${advice}`)
}

const CONDITION_KEYS = ['has', 'phrases', 'next', 'previous', 'position', 'any', 'all']

function checkConditions(conditions: unknown, key: string): Condition[] | undefined {
  if (conditions === undefined) return undefined
  if (!Array.isArray(conditions)) fail(key, 'must be a list of conditions')
  conditions.forEach((c: Record<string, unknown>, i) => {
    const at = `${key}[${i}]`
    if (typeof c !== 'object' || c === null) fail(at, 'must be an object')
    // A group (`any: [...]`, `all: [...]`) is a condition of its own: nothing beside it would be read.
    for (const group of ['any', 'all'] as const) {
      if (!(group in c)) continue
      if (Object.keys(c).length > 1) fail(at, `"${group}" stands alone; put the other conditions inside its list`)
      if (!Array.isArray(c[group]) || (c[group] as unknown[]).length === 0) fail(`${at}.${group}`, 'must be a non-empty list of conditions')
      checkConditions(c[group], `${at}.${group}`)
    }
    if ('has' in c) {
      // One entity, or a list of which any will do: `has: [date, weekday, duration]`.
      const entities = Array.isArray(c.has) ? (c.has as unknown[]) : [c.has]
      if (entities.length === 0) fail(`${at}.has`, 'needs at least one entity')
      for (const entity of entities) {
        if (!ENTITIES.has(entity as string)) fail(`${at}.has`, `unknown entity "${String(entity)}"; use one of ${[...ENTITIES].join(', ')}`)
      }
    }
    if ('in' in c && !SCOPES.has(c.in as string)) fail(`${at}.in`, `unknown scope "${String(c.in)}"; use one of ${[...SCOPES].join(', ')}`)
    if ('position' in c && !POSITIONS.has(c.position as string)) fail(`${at}.position`, `unknown position "${String(c.position)}"; use one of ${[...POSITIONS].join(', ')}`)
    for (const list of ['phrases', 'next', 'previous'] as const) {
      if (list in c && (!Array.isArray(c[list]) || (c[list] as unknown[]).some((p) => typeof p !== 'string'))) fail(`${at}.${list}`, 'must be a list of strings')
    }
    for (const list of ['next', 'previous'] as const) {
      // `*` is one word of an entry of several ("no *"); a choice of wildcards alone would be any word at all.
      const wild = Array.isArray(c[list]) ? (c[list] as string[]).findIndex((w) => expandAlternatives(w).some((choice) => /^\s*\*(?:\s+\*)*\s*$/.test(choice))) : -1
      if (wild >= 0) fail(`${at}.${list}[${wild}]`, 'a wildcard (*) in next or previous needs a word beside it ("no *"); alone it is any word')
    }
    if (Array.isArray(c.phrases)) {
      // A unit-wide condition becomes one regular expression: tens of thousands of alternatives would not compile.
      const spelled = (c.phrases as string[]).reduce((n, p) => n + (p.includes('(') ? expandAlternatives(p).length : 1), 0)
      if (spelled > MAX_CONDITION_PHRASES) fail(`${at}.phrases`, `spells ${spelled.toLocaleString('en')} phrases; at most ${MAX_CONDITION_PHRASES.toLocaleString('en')}: use * for a word that may be anything, or split the condition with any: [...]`)
    }
    if (!CONDITION_KEYS.some((k) => k in c)) fail(at, `needs one of ${CONDITION_KEYS.join(', ')}`)
  })
  return conditions as Condition[]
}

function checkChannels(channels: readonly string[], key: string): void {
  channels.forEach((c, i) => CHANNELS.has(c) || fail(`${key}[${i}]`, `unknown channel "${c}"; use email, chat or template`))
}

function checkKeys(value: object, allowed: readonly string[], key: string): void {
  for (const name of Object.keys(value)) {
    if (!allowed.includes(name)) fail(key ? `${key}.${name}` : name, `unknown key; use ${allowed.join(', ')}`)
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

function checkOptions(options: PatternOptions, key: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(key, 'must be a map of options')
  for (const list of ['channels', 'notChannels', 'regions', 'notRegions'] as const) {
    const value = options[list]
    if (value === undefined) continue
    if (!isStringList(value)) fail(`${key}.${list}`, 'must be a list of strings')
    if (list === 'channels' || list === 'notChannels') checkChannels(value, `${key}.${list}`)
  }
  if (options.caseSensitive !== undefined && typeof options.caseSensitive !== 'boolean') fail(`${key}.caseSensitive`, 'must be true or false')
  for (const toggle of ['negation', 'quotes', 'properNouns'] as const) {
    const value = options[toggle]
    if (value !== undefined && value !== 'skip' && value !== 'ignore' && !(toggle === 'negation' && value === 'only')) {
      fail(`${key}.${toggle}`, `must be "skip" or "ignore"${toggle === 'negation' ? ' or "only"' : ''}`)
    }
  }
  if (options.severity !== undefined && !SEVERITIES.has(options.severity)) fail(`${key}.severity`, 'must be info, warning or error')
  checkConditions(options.unless, `${key}.unless`)
  checkConditions(options.when, `${key}.when`)
}

function checkScope(scope: RuleScope): void {
  if (typeof scope !== 'object' || scope === null) fail('scope', 'must be an object')
  const known = ['channels', 'regions', 'notRegions', 'files', 'ifContains']
  for (const key of Object.keys(scope)) {
    if (!known.includes(key)) fail(`scope.${key}`, `unknown key; use ${known.join(', ')}`)
    const value = (scope as Record<string, unknown>)[key]
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(`scope.${key}`, 'must be a list of strings')
  }
  if (scope.channels) checkChannels(scope.channels, 'scope.channels')
}

function checkExamples(examples: RuleExamples): void {
  if (typeof examples !== 'object' || examples === null) fail('examples', 'must be an object with pass and fail lists')
  for (const key of Object.keys(examples)) {
    if (key !== 'pass' && key !== 'fail') fail(`examples.${key}`, 'unknown key; use pass or fail')
    const value = (examples as Record<string, unknown>)[key]
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(`examples.${key}`, 'must be a list of texts')
  }
}

/** Validates a phrase rule as written and compiles it: phrases tokenised, and expanded and normalised for every check. */
export function compilePhraseRule(source: PhraseRuleSource): PhraseRule {
  if (typeof source !== 'object' || source === null) fail('', 'a phrase rule must be an object')
  if (typeof source.id !== 'string' || !ID.test(source.id)) fail('id', `"${String(source.id)}" is not a kebab-case rule id`)
  if (!KINDS.has(source.kind)) fail('kind', `must be one of avoid, replace, limit, require (got "${String(source.kind)}")`)
  if (typeof source.description !== 'string' || source.description.length === 0) fail('description', 'is required')
  if (!CATEGORIES.includes(source.category)) fail('category', `must be one of ${CATEGORIES.join(', ')}`)
  if (!SEVERITIES.has(source.severity)) fail('severity', 'must be info, warning or error')
  checkKeys(source, RULE_KEYS, '')
  if (typeof source.message !== 'string' || source.message.trim() === '') fail('message', 'is required: the text a finding shows')
  if (source.messages !== undefined && (typeof source.messages !== 'object' || source.messages === null || Object.values(source.messages).some((m) => typeof m !== 'string' || m.trim() === ''))) {
    fail('messages', 'must map message ids to non-empty texts')
  }
  if (source.fixable !== undefined && source.fixable !== false && source.fixable !== 'suggestion' && source.fixable !== 'fix') fail('fixable', 'must be false, "suggestion" or "fix"')
  if (source.limit !== undefined) {
    if (typeof source.limit !== 'object' || source.limit === null) fail('limit', 'must be a map with max or min')
    checkKeys(source.limit, ['max', 'min'], 'limit')
    for (const bound of ['max', 'min'] as const) {
      const value = source.limit[bound]
      if (value !== undefined && !(Number.isInteger(value) && value >= 0)) fail(`limit.${bound}`, `must be a whole number of 0 or more (got ${JSON.stringify(value)})`)
    }
  }
  if (!Array.isArray(source.patterns) || source.patterns.length === 0) fail('patterns', 'needs at least one pattern')
  if (source.kind === 'limit' && source.limit?.max === undefined && source.limit?.min === undefined) fail('limit', 'a limit rule needs max or min')
  // Named word lists (`$nationality` in a phrase) are put in first: every check below sees the phrases they spell.
  const lists = wordLists(source.words)
  const defaults = source.defaults ? optionsWithWordLists(source.defaults, lists, 'defaults') : undefined
  if (defaults) {
    checkOptions(defaults, 'defaults')
    checkKeys(defaults, OPTION_KEYS, 'defaults')
  }
  if (source.scope !== undefined) checkScope(source.scope)
  if (source.examples !== undefined) checkExamples(source.examples)

  const messages: Record<string, string> = { default: source.message, ...(source.messages ?? {}) }
  for (const [id, template] of Object.entries(messages)) {
    for (const [, name] of template.matchAll(PLACEHOLDER)) {
      if (!KNOWN_PLACEHOLDERS.has(name!)) fail(`messages.${id}`, `unknown placeholder {${name}}; use {actual}, {expected}, {note} or {region}`)
    }
  }

  /** Each phrase spelled so far, and the entry that spelled it first. */
  const seen = new Map<string, string>()
  /** Case-sensitive patterns' phrases by their case ("TKS" and "Tks" are two), and by their normalised form. */
  const seenCased = new Map<string, string>()
  const casedNorms = new Map<string, string>()
  let spelled = 0
  const duplicates: { entry: string; phrase: string; first: string }[] = []
  const patterns: PhrasePattern[] = source.patterns.map((written, i) => {
    const key = `patterns[${i}]`
    if (typeof written !== 'object' || written === null || Array.isArray(written)) fail(key, 'must be a map with phrases')
    checkKeys(written, PATTERN_KEYS, key)
    if (!Array.isArray(written.phrases) || written.phrases.length === 0) fail(`${key}.phrases`, 'needs at least one phrase')
    const pattern = withDefaultConditions(
      {
        ...optionsWithWordLists(written, lists, key),
        phrases: written.phrases.map((phrase, j) => (typeof phrase === 'string' ? withWordLists(phrase, lists, `${key}.phrases[${j}]`) : phrase)),
      },
      defaults,
      key,
    )
    checkOptions(pattern, key)
    if (pattern.suggest !== undefined && !isStringList(pattern.suggest)) fail(`${key}.suggest`, 'must be a list of texts, e.g. [order number]')
    if (pattern.note !== undefined && typeof pattern.note !== 'string') fail(`${key}.note`, 'must be a text')
    const messageId = pattern.messageId ?? 'default'
    if (!(messageId in messages)) fail(`${key}.messageId`, `"${messageId}" is not in messages`)
    const suggest = pattern.suggest ?? []
    const suggestions = suggest.map((s) => ` ${normalizeWord(s)} `)
    if (source.kind === 'replace' && suggest.length === 0) fail(`${key}.suggest`, 'a replace pattern needs at least one suggestion')
    const templates: PhraseTemplate[] = []
    const caseSensitive = (pattern.caseSensitive ?? defaults?.caseSensitive) === true
    pattern.phrases.forEach((phrase, j) => {
      if (typeof phrase !== 'string' || phrase.trim() === '') fail(`${key}.phrases[${j}]`, 'must be a non-empty string')
      const template = phraseTemplate(phrase)
      // Each group multiplies the phrases; a long one would take minutes and gigabytes to expand.
      const count = template.reduce((n, slot) => n * slot.length, 1)
      if (count > MAX_PHRASES_PER_ENTRY) fail(`${key}.phrases[${j}]`, `"${phrase}" spells ${count.toLocaleString('en')} phrases; at most ${MAX_PHRASES_PER_ENTRY.toLocaleString('en')}: split it into several phrases or use a wildcard (*)`)
      spelled += count
      if (spelled > MAX_PHRASES_PER_RULE) fail(`${key}.phrases[${j}]`, `the rule spells more than ${MAX_PHRASES_PER_RULE.toLocaleString('en')} phrases; split it into several rules or use wildcards (*)`)
      templates.push(template)
      // Checked on normalised strings; a message quotes the k-th phrase with its case as written.
      const asWritten = (k: number) => expandTemplate(template)[k]!.join(' ')
      // A case-sensitive phrase clashes with one of the same case, or with any case-blind one that reads the same.
      const cased = caseSensitive ? expandTemplate(template).map((tokens) => tokens.join(' ')) : undefined
      const entry = `${key}.phrases[${j}]`
      spellNormalized(template).forEach((norm, k) => {
        if (norm === '') fail(entry, `"${phrase}" has no words`)
        if (norm === '*' || norm.startsWith('* ') || norm.endsWith(' *')) fail(entry, 'a wildcard cannot open or close a phrase')
        const first = seen.get(norm) ?? (cased ? seenCased.get(cased[k]!) : casedNorms.get(norm))
        if (first !== undefined) {
          // Collected, not thrown at once: an author fixes every overlap in one pass instead of one per compile.
          duplicates.push({ entry, phrase: asWritten(k), first })
          return
        }
        if (cased) {
          seenCased.set(cased[k]!, entry)
          if (!casedNorms.has(norm)) casedNorms.set(norm, entry)
        } else seen.set(norm, entry)
        suggestions.forEach((s, i) => {
          if (s.includes(` ${norm} `)) fail(`${key}.suggest`, `suggestion "${suggest[i]}" contains its own phrase "${asWritten(k)}"`)
        })
      })
    })
    const { phrases: _phrases, suggest: _suggest, note, messageId: _m, ...options } = pattern
    // The expanded phrases are spelled when first read; the matcher reads the templates.
    return withLazyPhrases({ ...defaults, ...options, templates, suggest, messageId, ...(note ? { note } : {}) })
  })

  if (duplicates.length > 0) failDuplicates(duplicates)

  const meta: RuleMeta<void> = {
    id: source.id,
    description: source.description,
    category: source.category,
    languages: source.languages ?? ['en'],
    defaultSeverity: source.severity,
    fixable: source.fixable ?? (source.kind === 'replace' ? 'suggestion' : patterns.some((p) => p.suggest.length > 0) ? 'suggestion' : false),
    messages,
    docsUrl: source.url ?? docsUrl(source.id),
    ...(source.appliesTo ? { appliesTo: source.appliesTo } : {}),
    ...(source.experimental ? { experimental: true } : {}),
  }
  const rule: PhraseRule = {
    kind: 'phrase',
    meta,
    phraseKind: source.kind,
    patterns,
    ...(source.kind === 'require' ? { limit: { min: 1 } } : source.limit ? { limit: source.limit } : {}),
    ...(source.scope ? { scope: source.scope } : {}),
    ...(source.examples ? { examples: source.examples } : {}),
  }
  return rule
}
