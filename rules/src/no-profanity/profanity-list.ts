import { cuss } from 'cuss'

/**
 * Entries of `cuss` that are ordinary words in shop and support text (a beanbag
 * chair, a chunky knit, a flange, a jigger, ear muffs, a hobo bag, a reefer
 * container, a suction sucker), or names and currencies (Noonan, dong). They are
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
  'mickeyfinn', 'rearentry', 'dix', 'bule', 'bules', 'gora', 'goras', 'indon', 'indons', 'lugan', 'lugans', 'taff',
  'cohee', 'payo', 'swallower', 'teste', 'whacker', 'whash', 'wuzzie', 'weenie', 'twinkie', 'tranny', 'transvestite',
])

/** A profane word or phrase, as lowercase words, with cuss's sureness rating (0–2). */
export interface ProfaneEntry {
  words: readonly string[]
  rating: number
}

// Built on demand: building the whole table when the module loaded was a twentieth of the CLI's cold start.
let multiWordByFirst: Map<string, ProfaneEntry[]> | undefined
const entriesByWord = new Map<string, readonly ProfaneEntry[]>()

/** cuss's phrases of more than one word, by their first word, longest first. */
function multiWordPhrases(): Map<string, ProfaneEntry[]> {
  if (multiWordByFirst) return multiWordByFirst
  multiWordByFirst = new Map()
  for (const phrase in cuss) {
    if (!phrase.includes(' ')) continue
    const words = phrase.toLowerCase().split(/\s+/)
    const entry = { words, rating: cuss[phrase]! }
    const list = multiWordByFirst.get(words[0]!)
    if (list) list.push(entry)
    else multiWordByFirst.set(words[0]!, [entry])
  }
  // Longest first, so "arse bandit" wins over a shorter phrase; the sort is stable, so cuss's order stays among equals.
  for (const list of multiWordByFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length)
  return multiWordByFirst
}

function isListedWord(word: string): boolean {
  return Object.hasOwn(cuss, word) && !SERVICE_WORDS.has(word)
}

/**
 * The listed words and phrases that start with `word` (lowercase), longest first (the
 * word alone last), or undefined when none does. Service words (see above) are left out.
 */
export function profaneEntriesStartingWith(word: string): readonly ProfaneEntry[] | undefined {
  const known = entriesByWord.get(word)
  if (known) return known
  const longer = multiWordPhrases().get(word)
  const listed = isListedWord(word)
  if (!longer && !listed) return undefined
  const entries = listed ? [...(longer ?? []), { words: [word], rating: cuss[word]! }] : longer!
  entriesByWord.set(word, entries)
  return entries
}
