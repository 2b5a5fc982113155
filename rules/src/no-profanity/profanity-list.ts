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

/** cuss's entries by their first word, longest first; see `profaneEntriesStartingWith`. */
let byFirstWord: Map<string, ProfaneEntry[]> | undefined

// Built on the first lookup, not when the module loads (where it was a twentieth of the CLI's
// cold start); only phrases are split into words.
function table(): Map<string, ProfaneEntry[]> {
  if (byFirstWord) return byFirstWord
  byFirstWord = new Map()
  for (const phrase in cuss) {
    if (SERVICE_WORDS.has(phrase)) continue
    const lower = phrase.toLowerCase()
    const entry = { words: lower.includes(' ') ? lower.split(/\s+/) : [lower], rating: cuss[phrase]! }
    const list = byFirstWord.get(entry.words[0]!)
    if (list) list.push(entry)
    else byFirstWord.set(entry.words[0]!, [entry])
  }
  // Longest first, so "arse bandit" wins over "arse" (a stable sort keeps cuss's order among equals).
  for (const list of byFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length)
  return byFirstWord
}

/** The listed words and phrases that start with `word` (lowercase), longest first, or undefined when none does. */
export function profaneEntriesStartingWith(word: string): readonly ProfaneEntry[] | undefined {
  return table().get(word)
}
