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

/** cuss entries by their first word, built once when the module loads. */
export const PROFANITY_BY_FIRST_WORD: ReadonlyMap<string, readonly ProfaneEntry[]> = (() => {
  const byFirst = new Map<string, ProfaneEntry[]>()
  for (const [phrase, rating] of Object.entries(cuss)) {
    if (SERVICE_WORDS.has(phrase)) continue
    const words = phrase.toLowerCase().split(/\s+/)
    const list = byFirst.get(words[0]!)
    if (list) list.push({ words, rating })
    else byFirst.set(words[0]!, [{ words, rating }])
  }
  // Longest first, so "arse bandit" wins over "arse"; sorted once, at the end (a stable sort keeps cuss's order among equals).
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length)
  return byFirst
})()
