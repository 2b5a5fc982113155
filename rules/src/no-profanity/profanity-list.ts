import { cuss } from 'cuss'

/**
 * Entries of `cuss` that are ordinary words in shop and support text (a beanbag
 * chair, a chunky knit, a flange, a jigger, ear muffs, a hobo bag, a reefer
 * container, a suction sucker, a climbing sloper, poon choi), or names and currencies (Noonan, dong). They are
 * rated as profane because of rarer senses; in service text they are products.
 */
const SERVICE_WORDS = new Set([
  'beanbag', 'beanbags', 'bong', 'booty', 'bung', 'chug', 'chugs', 'chunky', 'chunkies', 'chunkys', 'chonky', 'chonkies',
  'chonkys', 'cocky', 'dong', 'dink', 'dinks', 'ero', 'flange', 'fu', 'gables', 'geni', 'hobo', 'ho', 'jig', 'jigs',
  'jigger', 'jiggers', 'jiggy', 'kwa', 'kum', 'mams', 'muff', 'muncher', 'nip', 'niggle', 'niggled', 'niggles',
  'niggling', 'nigglings', 'niggard', 'niggarded', 'niggarding', 'niggardliness', 'niggardlinesss', 'niggards',
  'noonan', 'orga', 'panti', 'piker', 'pom', 'poms', 'rere', 'reefer', 'spit', 'spitter', 'stringer', 'tang', 'teste',
  'tinker', 'tinkers', 'triplex', 'turnon', 'vibr', 'welfare', 'whiz', 'wn', 'willie', 'yank', 'yanks', 'sucker',
  'slave', 'threeway', 'vomit', 'puke', 'poo', 'poop', 'pooper', 'pooperscooper', 'pud', 'quickie', 'rearend',
  'spreadeagle', 'thirdeye', 'magicwand', 'loadedgun', 'hottotrot', 'scallywag', 'barf', 'uck', 'wab', 'waysted',
  'whop', 'spunky', 'stringer', 'gipp', 'gipps', 'tuckahoe', 'sooty', 'sooties', 'wetspot', 'honkers', 'muncher',
  'sloper', 'slopers', 'mickeyfinn', 'rearentry', 'dix', 'bule', 'bules', 'gora', 'goras', 'indon', 'indons', 'lugan', 'lugans', 'taff',
  'cohee', 'payo', 'swallower', 'teste', 'whacker', 'whash', 'wuzzie', 'weenie', 'twinkie', 'tranny', 'transvestite',
  'poon',
])

/** A profane word or phrase, as lowercase words, with cuss's sureness rating (0–2). */
export interface ProfaneEntry {
  words: readonly string[]
  rating: number
}

/** cuss's phrases of several words by their first word, longest first; see `profaneEntriesStartingWith`. */
let phrasesByFirstWord: Map<string, ProfaneEntry[]> | undefined
/** Single-word entries, made on first lookup: cuss's keys are lowercase, so a word is its own key. */
const singleWords = new Map<string, ProfaneEntry | null>()

// Built on the first lookup, not when the module loads (where it was a twentieth of the CLI's
// cold start), and only for the few dozen phrases: single words are looked up in cuss itself.
function phraseTable(): Map<string, ProfaneEntry[]> {
  if (phrasesByFirstWord) return phrasesByFirstWord
  phrasesByFirstWord = new Map()
  for (const phrase in cuss) {
    if (!phrase.includes(' ') || SERVICE_WORDS.has(phrase)) continue
    const entry = { words: phrase.split(/\s+/), rating: cuss[phrase]! }
    const list = phrasesByFirstWord.get(entry.words[0]!)
    if (list) list.push(entry)
    else phrasesByFirstWord.set(entry.words[0]!, [entry])
  }
  // Longest first, so "arse bandit" wins over "arse" (a stable sort keeps cuss's order among equals).
  for (const list of phrasesByFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length)
  return phrasesByFirstWord
}

/**
 * Compounds and spellings cuss lacks: "clusterfuck", "fuckup", "shitshow", "shitload", "batshit", "sh1tty".
 * "shitake" (the mushroom, misspelt), "shitzu" (the dog, misspelt) and "mishit" (a sports stroke) are ordinary words.
 */
const COMPOUND = /^(?:[a-z]*fuck[a-z]*|shit[a-z]*|[a-z]+shit|sh1t[a-z]*)$/
const NOT_COMPOUND = new Set(['shitake', 'shitakes', 'shittake', 'shittakes', 'mishit', 'mishits', 'shitzu', 'shitzus'])

function lookUp(word: string): ProfaneEntry | null {
  if (SERVICE_WORDS.has(word)) return null
  if (Object.hasOwn(cuss, word)) return { words: [word], rating: cuss[word]! }
  // "idiots", "morons": the plural of a listed word cuss only has in the singular.
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) {
    const stem = word.slice(0, -1)
    if (Object.hasOwn(cuss, stem) && !SERVICE_WORDS.has(stem)) return { words: [word], rating: cuss[stem]! }
  }
  if (COMPOUND.test(word) && !NOT_COMPOUND.has(word)) return { words: [word], rating: 2 }
  return null
}

function singleWord(word: string): ProfaneEntry | null {
  let entry = singleWords.get(word)
  if (entry === undefined) {
    entry = lookUp(word)
    singleWords.set(word, entry)
  }
  return entry
}

const withSingle = new Map<string, readonly ProfaneEntry[]>()

/** The listed words and phrases that start with `word` (lowercase), longest first, or undefined when none does. */
export function profaneEntriesStartingWith(word: string): readonly ProfaneEntry[] | undefined {
  const phrases = phraseTable().get(word)
  const single = singleWord(word)
  if (!single) return phrases
  if (!phrases) return [single]
  let all = withSingle.get(word)
  if (!all) withSingle.set(word, (all = [...phrases, single]))
  return all
}
