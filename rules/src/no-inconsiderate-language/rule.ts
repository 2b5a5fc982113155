import { compilePhraseRule, normalizeWord, type PatternSource } from '@tactful/engine'
import { patterns as equalityPatterns, type Pattern } from 'retext-equality/lib/en.js'
import { BINARY_DROP, BINARY_KEEP, CONTEXT_UNLESS, CONTEXT_WHEN, DROPPED_GROUPS } from './curation.js'

const dropped = new Set(DROPPED_GROUPS.flatMap((group) => group.ids))

/** "frontman, front man" is one key in the data holding two spellings. */
function spellings(key: string): string[] {
  return key.split(/,\s*/).map((s) => s.trim()).filter((s) => s !== '' && !s.includes('*'))
}

/**
 * retext-equality's curated patterns as one phrase rule: compiled once at load into tactful's
 * shared phrase matcher. Neither the retext plugin nor nlcst-search runs while linting.
 */
function toPatterns(source: readonly Pattern[]): PatternSource[] {
  const seen = new Set<string>()
  const result: PatternSource[] = []
  for (const entry of source) {
    if (dropped.has(entry.id)) continue
    let terms = Object.keys(entry.inconsiderate).flatMap(spellings)
    if (entry.type === 'or') terms = terms.filter((t) => BINARY_KEEP.test(t) && !BINARY_DROP.has(t))
    const phrases = terms.map((t) => normalizeWord(t)).filter((t) => !seen.has(t))
    if (phrases.length === 0) continue
    for (const p of phrases) seen.add(p)
    const suggest = Object.keys(entry.considerate ?? {})
      .flatMap(spellings)
      .filter((s) => !phrases.some((p) => ` ${normalizeWord(s)} `.includes(` ${p} `)))
      .slice(0, 3)
    if (suggest.length === 0) continue
    const unless = CONTEXT_UNLESS[entry.id]
    const when = CONTEXT_WHEN[entry.id]
    result.push({ phrases, suggest, ...(unless ? { unless: unless.map((c) => ({ next: [...c.next] })) } : {}), ...(when ? { when: when.map((c) => ({ phrases: [...c.phrases], in: c.in })) } : {}), ...(entry.note ? { note: entry.note } : {}) })
  }
  return result
}

export default compilePhraseRule({
  id: 'no-inconsiderate-language',
  kind: 'replace',
  description: 'Flag insensitive or exclusionary terms, from retext-equality curated for service text',
  category: 'cultural',
  severity: 'warning',
  message: '“{actual}” may read as insensitive or exclusionary; consider {expected}',
  defaults: { negation: 'ignore' },
  patterns: [
    ...toPatterns(equalityPatterns),
    // retext-equality spells "man hours" and "manhours"; service text writes the hyphen.
    {
      // round 21: the same count by the day, week, month or year: "about 3 man-days of work for the kitchen".
      phrases: ['man-hour', 'man-hours', 'man-day', 'man-days', 'man day', 'man days', 'man-week', 'man-weeks', 'man-month', 'man-months', 'man month', 'man months', 'man-year', 'man-years'],
      suggest: ['staff hours', 'work hours'],
      note: '"Man-hours" counts every worker as a man; "staff hours" or "work hours" says the same for everyone.',
    },
    // A generic masculine in a rule for every customer: "each customer can update his delivery address".
    {
      phrases: [
        '(each|every|any) (customer|user|buyer|shopper|member|client|subscriber|cardholder|account holder|recipient|guest|visitor|applicant) (can|may|must|should|will|needs to|has to|is able to|is asked to|) (*|) his',
        '(each|every|any) (customer|user|buyer|shopper|member|client|subscriber|cardholder|account holder|recipient|guest|visitor|applicant) (can|may|must|should|will|needs to|has to|is able to|is asked to|) (*|) (him|himself)',
      ],
      suggest: ['their'],
      note: 'A rule for every customer written with "his" leaves out everyone else; "their" fits all.',
    },
    // Inflections retext-equality lacks: "you got gypped on the delivery fee", "your account was black-listed".
    {
      phrases: ['gypped', 'gypping', 'gyps', 'jipped', 'gipped', 'get gypped', 'got gypped', 'getting gypped'],
      suggest: ['cheated', 'overcharged'],
      note: '"Gyp" comes from "Gypsy" and calls the Roma cheats; "cheated" or "overcharged" says what happened.',
    },
    {
      phrases: ['black-listed', 'black-list', 'black-lists', 'black-listing', 'black listed', 'black listing'],
      suggest: ['blocked', 'blocklist'],
      note: '"Blacklist" ties black to bad; "blocked" or "blocklist" is plainer and says the same.',
    },
    // The mental-health word as a quip about a thing ("the sync sanity check", "the app has been acting bipolar").
    // "(so|totally|a bit) bipolar" is no-ableist-language's; here the verb forms it leaves out.
    {
      phrases: ['sanity check', 'sanity checks', 'sanity-check', 'sanity-checks', 'sanity checked', 'sanity-checked', 'sanity checking', 'sanity-checking'],
      suggest: ['quick check', 'double-check'],
      note: '"Sanity check" needlessly invokes mental health; "quick check" or "double-check" says the same.',
    },
    {
      phrases: [
        '(acting|act|acts|acted|behaving|behave|behaves|behaved|gone|going|goes|went|turned|turning|turns) bipolar',
        '(system|systems|app|website|site|page|tracking|tracker|scanner|printer|server|checkout|portal|machine|software|platform|feed|sync|weather|status) (is|was|were|are|has been|had been|have been|is being|was being|seems|seemed|looks|looked) bipolar',
      ],
      unless: [{ next: ['disorder', 'disorders', 'condition', 'patients', 'patient', 'diagnosis', 'medication', 'i', 'ii', '1', '2'] }],
      suggest: ['unpredictable', 'unreliable'],
      note: 'Using a mental illness as slang for a glitch trivialises it; say "unreliable" or "unpredictable".',
    },
    // A gendered assumption: the technical part is offered to the customer's husband, not to her.
    {
      phrases: [
        '(explain|explaining|show|showing|describe|describing) (it|this|that|everything|them|the (details|steps|settings|setup|set-up|instructions|specs|specifications|installation|technical side|technical part|technical details|technical stuff|technical bits)) to your (husband|boyfriend|dad|father|son|brother)',
        '(walk|walking|talk|talking|take|taking) your (husband|boyfriend|dad|father|son|brother) through (it|this|that|everything|the (steps|settings|setup|set-up|manual|instructions|installation|details|app|options|technical details|technical side))',
        '(ask|have|get|let) your (husband|boyfriend|dad|father|son|brother) (to|) (install|set up|fit|assemble|explain|configure|connect|program|wire|handle the technical|read the manual|look at the settings|check the settings)',
        '(your husband|your boyfriend|your dad|your father|your son|your brother|a man|a man in the house|the man of the house|the man in your life) (can|could|will|may|might|should) (explain|handle|install|set up|configure|understand|sort out|deal with) (it|this|that|the technical side|the technical part|the settings|the technical details|the installation) (for you|)',
        // round 21: the heavy or fiddly part handed to him: "we'd suggest asking your husband to help with the fitting".
        '(asking|getting|having|ask|get|have) your (husband|boyfriend) (to|) (help|help you|help with|lift|carry|mount|do the fitting|do the installation|handle the fitting)',
        '(asking|getting|having) your (husband|boyfriend|dad|father|son|brother) (to|) (install|set up|fit|assemble|explain|configure|connect)',
        // round 24: the technical check handed to him: "I have included the size chart, so your husband can check which bits fit".
        '(your husband|your boyfriend|your dad|your father|the man of the house|a man in the house) (can|could|will|may|might|should) (check|measure|work out|figure out) (which|what|whether|how|if)',
      ],
      unless: [{ phrases: ['you mentioned', 'you said', 'you asked', 'you wrote', 'you told', 'as requested', 'you requested', 'he asked', 'he called', 'he calls', 'when he', 'if he', 'he wrote', 'he mentioned', 'his question', 'his questions', 'his request', 'his order', 'his account'], in: 'paragraph' }],
      suggest: ['explain it to you'],
      note: 'Offering the technical part to a husband or father assumes the customer cannot follow it; explain it to the customer.',
    },
    // round 24: "I know the run-up to a wedding turns us all into a bit of a bridezilla": a slur on brides (and mothers).
    {
      phrases: ['bridezilla', 'bridezillas', 'momzilla', 'momzillas', 'mumzilla', 'mumzillas', 'mamazilla', 'groomzilla'],
      suggest: ['stressed', 'busy with the planning'],
      note: '"Bridezilla" mocks a bride as a monster; say what is going on ("a lot to organise") instead.',
    },
    // round 24: adult colleagues called girls: "the girls in our packing team will check it again", "our warehouse girls".
    // Not a girls' size or range ("the girls' sizes at the store"), and not children.
    {
      phrases: [
        'the girls (in|at|from|on) (our|the) (packing|warehouse|office|front desk|support|customer service|accounts|dispatch|returns|design|sales|studio|shop|store|salon|boutique|team|workshop|call centre|call center|reception|finance|billing)',
        '(our|the) (packing|warehouse|office|support|dispatch|returns|accounts|sales|studio|shop|store|salon|front desk|reception|call centre|call center|billing|finance) girls',
        'one of (our|the) girls (in|at|from|on) (the|our) (packing|warehouse|office|front desk|support|customer service|accounts|dispatch|returns|design|sales|studio|shop|store|salon|team)',
      ],
      suggest: ['our team', 'our colleagues'],
      note: 'Calling adult colleagues "girls" belittles them; "our team" or "our colleagues" says the same.',
    },
    // "Your son suffers from autism", "a customer afflicted with dyslexia": a condition framed as suffering.
    // retext-equality covers disabilities, MS, polio and a few more; these are the conditions it leaves out.
    {
      phrases: [
        '(suffers|suffer|suffering|suffered) from (autism|dyslexia|epilepsy|adhd|dementia|alzheimers|cerebral palsy|down syndrome|downs syndrome|a learning disability|learning disabilities|mental illness|a mental illness|a hearing impairment|a visual impairment|hearing loss|sight loss|blindness|deafness|paralysis|a speech impediment|a stammer|a stutter|tourettes)',
        '(afflicted|stricken) with (autism|dyslexia|epilepsy|adhd|dementia|alzheimers|cerebral palsy|down syndrome|downs syndrome|a learning disability|learning disabilities|mental illness|a mental illness|a hearing impairment|a visual impairment|hearing loss|sight loss|blindness|deafness|paralysis)',
        '(victim|victims) of (autism|dyslexia|epilepsy|cerebral palsy|down syndrome|dementia|mental illness|blindness|deafness|paralysis)',
      ],
      suggest: ['has', 'lives with'],
      note: '"Suffers from" frames a condition as a tragedy; "has" or "lives with" states it without pity.',
    },
    // The hyphenated spelling retext-equality misses, and the confinement wording with other determiners.
    {
      phrases: ['wheelchair-bound', '(confined|restricted|bound) to (his|her|their|your) wheelchair', '(confined|restricted) to wheelchairs'],
      suggest: ['uses a wheelchair', 'wheelchair user'],
      note: 'A wheelchair gives mobility rather than confining; "uses a wheelchair" says it neutrally.',
    },
    // People named by a condition as a group: "the app is not accessible to the blind", "a line for the deaf".
    {
      phrases: ['(for|to|by|of|among|with|help|helps|helping|serve|serves|serving|support|supports|supporting) the (deaf|disabled)'],
      unless: [{ next: ['account', 'accounts', 'card', 'cards', 'feature', 'features', 'option', 'options', 'button', 'buttons', 'setting', 'settings', 'mode', 'state', 'status', 'payment', 'payments', 'function', 'functions', 'service', 'services', 'plan', 'plans', 'field', 'fields', 'product', 'products', 'item', 'items', 'version', 'link', 'links', 'tab', 'toggle', 'rule', 'rules', 'channel', 'channels', 'notifications', 'alerts', 'box', 'checkbox', 'sim', 'line', 'number', 'device', 'devices', 'key', 'keys', 'login', 'email', 'address', 'profile', 'subscription', 'autopay', 'direct', 'ones', 'one'] }],
      suggest: ['deaf people', 'disabled people', 'people with disabilities'],
      note: '"The deaf" or "the disabled" turns people into a category; "deaf people" or "disabled customers" keeps them people.',
    },
    {
      phrases: ['(for|to|by|of|among|with) the blind'],
      when: [{ phrases: ['accessible', 'accessibility', 'inaccessible', 'braille', 'screen reader', 'screen readers', 'visually', 'impaired', 'sight', 'audio', 'guide dog', 'disability', 'disabilities', 'inclusive', 'deaf', 'large print', 'large-print', 'voiceover', 'talkback', 'voice guide', 'voice guidance', 'voice prompts', 'spoken', 'talking', 'tactile', 'partially sighted', 'low vision', 'elderly', 'cannot see', "can't see", 'especially for the blind', 'specially for the blind'], in: 'sentence' }],
      // A window blind: "designed especially for the blind you ordered".
      unless: [{ next: ['you', 'your', 'we', 'i', 'that', 'which', 'cord', 'cords', 'fabric', 'slats', 'rail', 'bracket', 'brackets', 'chain', 'mechanism', 'motor', 'size', 'width', 'fitting', 'fittings', 'kit'] }],
      suggest: ['blind people', 'people who are blind'],
      note: '"The blind" turns people into a category; "blind customers" or "people who are blind" keeps them people.',
    },
    // More conditions framed as an affliction, and their sufferers or victims: "those afflicted with arthritis",
    // "for stroke victims", "Parkinson's sufferers", "not suitable for epileptics". retext-equality spells the singular
    // "stroke victim" and "aids victim", and a few "suffers from" forms; these are the ones it leaves out.
    {
      phrases: [
        '(afflicted|stricken) with (arthritis|rheumatoid arthritis|rheumatism|parkinsons|parkinson\'s|alzheimer\'s|a stroke|diabetes|asthma|ms|motor neurone disease|motor neuron disease|als|lupus|chronic pain|copd|cancer|spina bifida|dwarfism|a hearing loss|a speech impediment|a stammer|a stutter|tourettes|tourette\'s)',
        '(suffers|suffer|suffering|suffered) from (arthritis|rheumatoid arthritis|parkinsons|parkinson\'s|alzheimer\'s|ms|motor neurone disease|motor neuron disease|als|spina bifida|dwarfism|tourette\'s)',
        '(stroke|aids|polio) (victims|sufferers|sufferer)',
        'multiple sclerosis (victims|sufferer|sufferers)',
        '(ms|dementia|alzheimers|alzheimer\'s|parkinsons|parkinson\'s|arthritis|autism|epilepsy|cerebral palsy|muscular dystrophy|brain injury|spinal injury) (victim|victims|sufferer|sufferers)',
        '(victims|sufferers) of (a stroke|strokes|stroke|polio|multiple sclerosis|ms|parkinsons|parkinson\'s|alzheimers|alzheimer\'s|arthritis|muscular dystrophy)',
        'epileptics',
      ],
      suggest: ['people with', 'people who have'],
      note: '"Afflicted", "victims" and "sufferers" frame a condition as a tragedy; "people with arthritis" or "people who have had a stroke" states it without pity.',
    },
    // "easy to use even for old people", "brilliant for old folks", "designed for the elderly": age as a label.
    {
      // With the word before: no-stereotypes spells "old people" when a failing follows ("old people usually struggle").
      phrases: ['(for|to|with|among|like|by|help|helps|helping|and|or|all|many|most|some|even|especially|particularly|serve|serves|suits|suit|popular with) (old|elderly) (people|folks|folk|persons)', 'old-timers', 'geriatrics'],
      suggest: ['older people', 'older customers'],
      note: '"Old people" or "old folks" labels customers by age; "older people" or "older customers" says it with respect.',
    },
    {
      phrases: ['(for|to|of|among|by|with|help|helps|helping|serve|serves|serving|support|supports|supporting|like|and) the (elderly|aged)'],
      unless: [{ next: ['leather', 'oak', 'wood', 'wooden', 'finish', 'look', 'effect', 'brass', 'bronze', 'copper', 'patina', 'cheese', 'whisky', 'wine', 'steel', 'timber', 'pine', 'walnut', 'teak', 'style', 'grey', 'gray', 'white', 'paint', 'surface', 'texture', 'metal', 'iron', 'version', 'design', 'colour', 'color', 'tone', 'one', 'ones', 'parent', 'parents', 'relative', 'relatives', 'neighbour', 'neighbor', 'mother', 'father', 'customer', 'customers', 'care', 'pine', 'beef', 'rum'] }],
      suggest: ['older people', 'older customers'],
      note: '"The elderly" turns people into a category; "older people" or "older customers" keeps them people.',
    },
    // "Invalids" as a noun for people: retext-equality's "invalid" is dropped for "invalid address".
    {
      phrases: ['invalids'],
      suggest: ['people with disabilities', 'disabled people'],
      note: '"Invalids" calls people not valid; "disabled people" or "people with disabilities" says it neutrally.',
    },
    // "works for deaf customers as well as normal people": the contrast calls disabled people abnormal.
    {
      phrases: ['normal (people|customers|users|folks|persons|person|kids|children|ones)'],
      when: [{ phrases: ['deaf', 'blind', 'disabled', 'disability', 'disabilities', 'wheelchair', 'wheelchairs', 'autistic', 'autism', 'impaired', 'impairment', 'handicapped', 'dyslexic', 'dyslexia', 'epilepsy', 'epileptic', 'hearing aid', 'hearing aids', 'special needs', 'down syndrome', 'amputee', 'amputees', 'paralysed', 'paralyzed', 'low vision', 'partially sighted', 'arthritis', 'limited grip', 'mobility'], in: 'sentence' }],
      suggest: ['non-disabled people', 'other customers'],
      note: 'Setting disabled customers against "normal" people calls them abnormal; "non-disabled" or "other customers" says the same.',
    },
    // "midget sizes": retext-equality's group is dropped for "dwarf" plants; "midget" has no literal shop meaning.
    {
      phrases: ['midget', 'midgets', 'midget-sized', 'midget-size'],
      suggest: ['petite', 'extra small'],
      note: '"Midget" is a slur on people of short stature; "petite" or "extra small" describes the size.',
    },
    // "Third-world countries": a ranking of countries from the Cold War.
    {
      phrases: ['(third world|third-world) (country|countries|nation|nations|market|markets|economy|economies|families|people|village|villages)', 'the third world'],
      suggest: ['developing countries', 'lower-income countries'],
      note: '"Third world" ranks countries and their people; "developing" or "lower-income countries" says the same.',
    },
    {
      phrases: ['half-caste', 'half caste', 'half-castes'],
      suggest: ['mixed-race', 'of mixed heritage'],
      note: 'A dated racial label; name people as they name themselves ("people of colour", "mixed-race").',
    },
    // A capitalised "Oriental customers" is a label for people, not a name: "very popular with Oriental customers".
    {
      phrases: ['oriental (customers|people|buyers|shoppers|women|men|girls|guys|ladies|clients|guests|person|persons|features|eyes|looks|faces|skin)'],
      properNouns: 'ignore',
      suggest: ['Asian', 'East Asian'],
      note: '"Oriental" for people is dated and othering; "Asian" or the country says it plainly.',
    },
    // Deliverymen: the job title as a man; retext-equality spells "delivery boy" but not these.
    {
      phrases: ['deliveryman', 'deliverymen', 'delivery man', 'delivery men'],
      suggest: ['courier', 'delivery driver'],
      note: '"Deliveryman" assumes the courier is a man; "courier" or "delivery driver" fits everyone.',
    },
    // "illegal alien", "illegal immigrants": a person called illegal.
    {
      phrases: ['(illegal|illegals) (alien|aliens|immigrant|immigrants|migrant|migrants)'],
      suggest: ['undocumented immigrant'],
      note: 'A person is not illegal; "undocumented" describes the status without the slur.',
    },
    // Not in retext-equality: "Christian name" presumes the reader's religion when asking for a given name.
    {
      phrases: ['christian name', 'christian names'],
      suggest: ['first name', 'given name'],
      properNouns: 'ignore',
      note: '"Christian name" assumes the customer is Christian; "first name" or "given name" fits everyone.',
    },
    // round 21: "made for normal skin colour, for darker skin please choose the other line": one skin colour called normal.
    // "Normal skin" alone is a skin type (normal, dry, oily) and stays clean.
    {
      phrases: ['normal (skin colour|skin color|skin colours|skin colors|skin tone|skin tones|complexion|complexions|skin shade|skin shades)'],
      suggest: ['lighter skin tones', 'fair skin'],
      note: 'Calling one skin colour "normal" makes every other one abnormal; name the shade range instead.',
    },
    // round 21: "so simple even your grandma could do it", "easy enough for your granny": age as the measure of incompetence.
    {
      phrases: [
        'even (your|my|a|the|our) (grandma|granny|grandmother|grandpa|grandad|granddad|grandfather|nan|nana|nanna|grandparents|gran) (could|can|would|will|should|is able to) (do|use|manage|handle|set|figure|understand|work|follow|install|operate|master)',
        '(simple|easy|straightforward) enough for (your|my|a|the) (grandma|granny|grandmother|grandpa|grandad|granddad|grandfather|nan|nana|nanna|grandparents|gran)',
      ],
      suggest: ['anyone can do it', 'it takes two minutes'],
      note: 'Using a grandparent as the measure of "even the least able" is ageist; say how simple it is.',
    },
    // round 21: "It's every housewife's best friend", "a housewife's dream": housework pinned on women. retext-equality
    // spells "housewife" and "housewives"; these are the possessives it misses.
    {
      phrases: ["housewife's", "housewives'", "housewifes"],
      unless: [{ phrases: ['you said', 'you wrote', 'you mentioned', 'you told us', 'you describe', 'you described'], in: 'sentence' }],
      suggest: ['every home', 'busy households'],
      note: 'Pitching housework to "housewives" assumes it is a woman\'s job; speak of the home or the household.',
    },
    // round 21: "young and energetic, not old and slow like in other companies": age as a failing, in a contrast with youth.
    {
      phrases: ['(old|older|elderly|aged) and (slow|slower|tired|useless|outdated|past it|forgetful|senile|grumpy|lazy|clueless)'],
      when: [{ phrases: ['young', 'younger', 'youthful', 'energetic'], in: 'sentence' }],
      unless: [{ phrases: ['laptop', 'computer', 'phone', 'pc', 'device', 'router', 'machine', 'car', 'model', 'version', 'hardware', 'printer', 'tablet', 'server', 'system', 'software', 'app'], in: 'sentence' }],
      suggest: ['experienced', 'long-serving'],
      note: 'Setting "young" against "old and slow" pins a failing on age; describe the service itself.',
    },
    // round 22: "your old price is grandfathered in", "you're grandfathered into the old plan": the term comes from the
    // post-Civil War clauses that kept Black citizens from voting. "Master/slave setup": the pairing of the two words, not a master key.
    {
      phrases: ['grandfathered', 'grandfathering', 'grandfather clause', 'grandfather clauses', "grandfather's clause", 'grandfather in', 'grandfathers in', 'master/slave', 'master-slave', 'master and slave', 'master and slaves', 'master-and-slave'],
      unless: [{ phrases: ['you said', 'you wrote', 'you mentioned', 'you told us', 'you asked', 'you called it', 'you call it'], in: 'sentence' }],
      suggest: ['kept on your current price', 'legacy', 'primary/secondary', 'main/remote'],
      note: '"Grandfathered" comes from laws that kept Black citizens from voting, and "master/slave" names slavery; "legacy" and "primary/secondary" say the same.',
    },
    // round 21: "afflicted with a bad back": an everyday condition framed as an affliction.
    {
      phrases: ['(afflicted|stricken) with (a bad back|back pain|back problems|a back problem|a bad knee|bad knees|a bad hip|an illness|a chronic illness|chronic illness|a condition|a chronic condition|a heart condition|hearing problems|poor eyesight|bad eyesight|poor sight|limited mobility|mobility issues|a mobility issue|a bad leg|migraines)'],
      suggest: ['has', 'lives with'],
      note: '"Afflicted" frames a condition as a tragedy; "you have a bad back" states it without pity.',
    },
    // round 25: a sacred Indigenous idea as a quip: "this blanket is my spirit animal", "coffee is our spirit animal". Not a
    // product that names it ("the Spirit Animal card deck" is a proper noun and skipped).
    {
      phrases: ['(is|are|was|be|as) (my|our|your|the) spirit animal', 'spirit animal (vibes|energy)', '(my|our|your) new spirit animal'],
      unless: [{ phrases: ['you said', 'you wrote', 'you mentioned', 'you told us', 'you called it', 'you call it'], in: 'sentence' }],
      suggest: ['my favourite', 'a perfect match'],
      note: 'A spirit animal is a sacred idea in several Indigenous cultures; "my favourite" says the same without trivialising it.',
    },
    // round 25: "grammar Nazi", "the soup Nazi at our depot": the Nazis as a joke for a stickler, hurtful to many readers.
    {
      phrases: ['(grammar|spelling|punctuation|soup|coffee|tidiness|health|fitness|fashion|style|parking|spreadsheet|font|formatting|rules|safety|label|packaging) (nazi|nazis)'],
      unless: [{ phrases: ['you said', 'you wrote', 'you mentioned', 'you told us', 'you called', 'you call'], in: 'sentence' }],
      suggest: ['stickler', 'very careful'],
      note: 'Calling a stickler a Nazi makes light of the Nazi regime; "stickler" says the same.',
    },
  ],
})
