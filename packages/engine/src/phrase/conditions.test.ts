import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'
import type { PatternOptions, PatternSource } from './types.js'
import type { Adapter } from '../types/unit.js'
import { OffsetMap } from '../position/offset-map.js'
import { MAX_CONDITION_REACH } from './conditions.js'

/** Lints with one phrase rule of the given patterns (read by `adapters`, if given) and returns what it flagged. */
function flaggedWith(adapters: Adapter[] | undefined, ...patterns: PatternSource[]): (text: string) => Array<string | undefined> {
  const rule = compilePhraseRule({ id: 'custom/probe', kind: 'avoid', description: 'A probe', category: 'vagueness', severity: 'warning', message: 'Flagged', patterns })
  const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]), ...(adapters ? { adapters } : {}) })
  return (text) => linter.lint(text).messages.map((m) => m.actual)
}
const flaggedBy = (...patterns: PatternSource[]) => flaggedWith(undefined, ...patterns)

describe('phrase conditions', () => {
  const refusal = flaggedBy({ phrases: ['unfortunately'], unless: [{ phrases: ['we can'], in: 'unit' }] })

  it('matches a condition phrase as a whole word', () => {
    expect(refusal('Unfortunately it sold out, but we can send the grey one.')).toEqual([])
  })

  it('does not read "we can" inside "we can\'t" or "we can’t"', () => {
    expect(refusal("Unfortunately it sold out and we can't reorder it.")).toEqual(['Unfortunately'])
    expect(refusal('Unfortunately it sold out and we can’t reorder it.')).toEqual(['Unfortunately'])
  })

  it('matches a punctuation phrase right after a word ("in stock: the mug")', () => {
    const someItems = flaggedBy({ phrases: ['some items'], unless: [{ phrases: [':'], in: 'after' }] })
    expect(someItems('Some items are back in stock: the mug and the towel.')).toEqual([])
    expect(someItems('Some items are back in stock.')).toEqual(['Some items'])
  })

  it("in a sentence, a phrase's last word also matches its contraction, never a negation", () => {
    const hope = flaggedBy({ phrases: ['i hope'], unless: [{ phrases: ['i hope you', 'we can'], in: 'sentence' }] })
    expect(hope("I hope you're well.")).toEqual([])
    expect(hope('I hope you’re well.')).toEqual([])
    expect(hope('I hope you are well.')).toEqual([])
    expect(hope('I hope it arrives, and we can send it then.')).toEqual([])
    expect(hope("I hope it arrives; we can't send it.")).toEqual(['I hope'])
    expect(hope('I hope it arrives.')).toEqual(['I hope'])
  })

  it('reads (a|b) in a condition phrase as in a rule phrase, in the sentence and in the unit', () => {
    const inSentence = flaggedBy({ phrases: ['your password'], unless: [{ phrases: ['keep your (password|pin) (safe|private)'], in: 'sentence' }] })
    expect(inSentence('Keep your PIN private and never send us your password.')).toEqual([])
    expect(inSentence('Keep your password safe.')).toEqual([])
    expect(inSentence('Reply with your password.')).toEqual(['your password'])
    const inUnit = flaggedBy({ phrases: ['unfortunately'], unless: [{ phrases: ['we can (send|offer)'], in: 'unit' }] })
    expect(inUnit('Unfortunately it sold out. We can offer the grey one.')).toEqual([])
    expect(inUnit('Unfortunately it sold out. We can reorder it in May.')).toEqual(['Unfortunately'])
  })

  it('clause-start: no word between the match and the sentence start or the last clause break', () => {
    const order = flaggedBy({ phrases: ['you need to'], when: [{ position: 'clause-start' }] })
    expect(order('You need to send the receipt.')).toEqual(['You need to'])
    expect(order('Hi Anna, you need to send the receipt.')).toEqual(['you need to'])
    expect(order('Here is the form you need to sign.')).toEqual([])
    expect(order('I understand that you need to change the size.')).toEqual([])
    // Chat writing goes on in lower case after "!" or "?": the parser keeps one sentence, the clause starts anew.
    expect(order('Thanks a lot! you need to send the receipt.')).toEqual(['you need to'])
    expect(order('Got it? you need to send the receipt.')).toEqual(['you need to'])
  })

  it('next and previous: a word, several words or a group right beside the match, in its sentence', () => {
    const asYou = flaggedBy({ phrases: ['as you'], unless: [{ next: ['know', '(are|were) aware', 'in case'] }] })
    expect(asYou('As you know, it shipped.')).toEqual([])
    expect(asYou('As you were aware, it shipped.')).toEqual([])
    expect(asYou('As you in case.')).toEqual([])
    expect(asYou('As you are, it shipped. As you can see, it shipped.')).toEqual(['As you', 'As you'])
    const season = flaggedBy({ phrases: ['season'], unless: [{ previous: ['hay fever', 'the'] }] })
    expect(season('Hay fever season is long. The season is long. This season is long.')).toEqual(['season'])
    // A word split by the text's own punctuation, and one token of the text as written.
    const alcohol = flaggedBy({ phrases: ['alcohol'], unless: [{ next: ['-free'] }] })
    expect(alcohol('Our alcohol-free gin is here. Alcohol is in it.')).toEqual(['Alcohol'])
    const wait = flaggedBy({ phrases: ['wait'], unless: [{ next: ['...'] }] })
    expect(wait('Wait... really? Wait.')).toEqual(['Wait'])
    // Never across the sentence end.
    expect(flaggedBy({ phrases: ['late'], unless: [{ next: ['. sorry'] }] })('It was late. Sorry.')).toEqual(['late'])
    // `*` in an entry of several words is any one word, never a mark or the sentence's edge.
    const fix = flaggedBy({ phrases: ["can't fix"], unless: [{ previous: ['no *', 'nothing'] }] })
    expect(fix("There's no stain we can't fix. Nothing we can't fix. We can't fix it. No, we can't fix it. No we can't fix it.")).toEqual(["can't fix", "can't fix"])
    expect(flaggedBy({ phrases: ['sorry'], unless: [{ next: ['* much'] }] })('Sorry. So sorry so much. Sorry, much.')).toEqual(['Sorry', 'Sorry'])
  })

  it('next-sentence: the sentence after the match, in its paragraph; the last sentence has none', () => {
    const soon = flaggedBy({ phrases: ['soon'], unless: [{ has: 'date', in: 'next-sentence' }, { phrases: ['(slot|date) is'], in: 'next-sentence' }] })
    expect(soon('It ships soon. Your slot is Friday.')).toEqual([])
    expect(soon('It ships soon. The courier comes on 14 March.')).toEqual([])
    expect(soon('It ships soon. Thanks for waiting. The courier comes on 14 March.')).toEqual(['soon'])
    expect(soon('It ships soon.\n\nThe courier comes on 14 March.')).toEqual(['soon'])
    expect(soon('The courier comes on 14 March. It ships soon.')).toEqual(['soon'])
  })

  it('previous-sentence: the sentence before the match, in its paragraph; the first sentence has none', () => {
    const hopefully = flaggedBy({ phrases: ['hopefully'], unless: [{ has: 'time', in: 'previous-sentence' }] })
    expect(hopefully('The slot is 14 March at 10:00 CET. Hopefully it suits you.')).toEqual([])
    expect(hopefully('Hopefully it arrives at 10:00 CET.')).toEqual(['Hopefully'])
    expect(hopefully('The slot is at 10:00 CET. Thanks! Hopefully it suits you.')).toEqual(['Hopefully'])
    expect(hopefully('The slot is at 10:00 CET.\n\nHopefully it suits you.')).toEqual(['Hopefully'])
    expect(hopefully('Hopefully it suits you. The slot is at 10:00 CET.')).toEqual(['Hopefully'])
  })

  it('rest-of-paragraph: from the end of the match to the end of its paragraph', () => {
    const later = flaggedBy({ phrases: ['later'], unless: [{ has: 'date', in: 'rest-of-paragraph' }, { phrases: ['we will (call|email)'], in: 'rest-of-paragraph' }] })
    expect(later('The rest follows later. Thanks for waiting. It leaves on 3 June.')).toEqual([])
    expect(later('The rest follows later. Thanks! We will email you.')).toEqual([])
    expect(later('On 3 June we packed it. The rest follows later.')).toEqual(['later'])
    expect(later('The rest follows later.\n\nIt leaves on 3 June.')).toEqual(['later'])
  })

  it('reads * in a condition phrase as exactly one word, as in rule phrases, in the sentence and in the unit', () => {
    const refused = flaggedBy({ phrases: ['was refused'], unless: [{ phrases: ['at our * (warehouse|depot)'], in: 'after' }] })
    expect(refused('The return was refused at our Chiba warehouse.')).toEqual([])
    expect(refused('The return was refused at our warehouse.')).toEqual(['was refused'])
    expect(refused('The return was refused at our big old warehouse.')).toEqual(['was refused'])
    const wildFirst = flaggedBy({ phrases: ['soon'], unless: [{ phrases: ['* March'], in: 'sentence' }] })
    expect(wildFirst('It ships soon, by 14 March.')).toEqual([])
    expect(wildFirst('It ships soon; March at the latest.')).toEqual(['soon'])
    const inUnit = flaggedBy({ phrases: ['unfortunately'], unless: [{ phrases: ['we can offer * (refund|voucher)'], in: 'unit' }] })
    expect(inUnit('Unfortunately it sold out. We can offer a refund.')).toEqual([])
    expect(inUnit('Unfortunately it sold out. We can offer refunds.')).toEqual(['Unfortunately'])
  })

  it('reads a list in has as any of its entities', () => {
    const soon = flaggedBy({ phrases: ['soon'], unless: [{ has: ['date', 'weekday'], in: 'sentence' }] })
    expect(soon('It ships soon, on 14 March.')).toEqual([])
    expect(soon('It ships soon, on Friday.')).toEqual([])
    expect(soon('It ships soon.')).toEqual(['soon'])
  })

  it('refuses an unknown entity in a has list', () => {
    expect(() => flaggedBy({ phrases: ['soon'], unless: [{ has: ['date', 'someday' as never], in: 'sentence' }] })).toThrow(/unknown entity "someday"/)
  })

  it('any: an OR group inside when, holding when one of its conditions holds', () => {
    const order = flaggedBy({ phrases: ['you need to'], when: [{ any: [{ position: 'sentence-start' }, { phrases: ['otherwise', 'or else'], in: 'sentence' }] }] })
    expect(order('You need to send the receipt.')).toEqual(['You need to'])
    expect(order('Send the receipt, or else you need to wait.')).toEqual(['you need to'])
    expect(order('Here is the form you need to sign.')).toEqual([])
  })

  it('all: an AND group inside unless, silent only when every one of its conditions holds', () => {
    const soon = flaggedBy({ phrases: ['soon'], unless: [{ all: [{ has: 'date', in: 'sentence' }, { phrases: ['by'], in: 'before' }] }] })
    expect(soon('By 14 March it will ship soon.')).toEqual([])
    expect(soon('It will ship soon, on 14 March.')).toEqual(['soon'])
    expect(soon('By then it will ship soon.')).toEqual(['soon'])
  })

  it('groups nest, and an empty or crowded group is refused with its key', () => {
    const nested = flaggedBy({ phrases: ['soon'], when: [{ any: [{ all: [{ has: 'weekday' }, { phrases: ['maybe'] }] }, { phrases: ['hopefully'] }] }] })
    expect(nested('Maybe soon, on Friday.')).toEqual(['soon'])
    expect(nested('Hopefully soon.')).toEqual(['soon'])
    expect(nested('Maybe soon.')).toEqual([])
    expect(() => flaggedBy({ phrases: ['soon'], when: [{ any: [] }] })).toThrow(/when\[0\]\.any: must be a non-empty list of conditions/)
    expect(() => flaggedBy({ phrases: ['soon'], when: [{ any: [{ has: 'date' }], in: 'unit' } as never] })).toThrow(/when\[0\]: "any" stands alone/)
    expect(() => flaggedBy({ phrases: ['soon'], when: [{ any: [{ has: 'someday' as never }] }] })).toThrow(/when\[0\]\.any\[0\]\.has: unknown entity "someday"/)
  })

  describe('a placeholder named for a value counts as that value', () => {
    // What the template adapters do: `{{…}}` masked with x's, its range kept as a placeholder.
    const templates: Adapter = {
      id: 'text',
      extensions: ['.txt'],
      extract(text) {
        const placeholders = [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m): [number, number] => [m.index, m.index + m[0].length])
        const masked = text.replace(/\{\{[^}]*\}\}/g, (tag) => 'x'.repeat(tag.length))
        return { units: [{ text: masked, kind: 'body', offsetMap: OffsetMap.identity(0, text.length), placeholders }], directives: [] }
      },
    }
    const flagged = (pattern: PatternSource) => flaggedWith([templates], pattern)

    it('in the scope of the condition: "soon, on {{ship_date}}" is dated, "{{order_number}}" is not', () => {
      const soon = flagged({ phrases: ['soon'], unless: [{ has: 'date', in: 'sentence' }] })
      expect(soon('It ships soon, on {{ship_date}}.')).toEqual([])
      expect(soon('It ships soon, on {{order.shipDate}}.')).toEqual([])
      expect(soon('Order {{order_number}} ships soon.')).toEqual(['soon'])
      expect(soon('It ships soon. It left on {{ship_date}}.')).toEqual(['soon'])
    })

    it('for times and money too, each by its own names', () => {
      const later = flagged({ phrases: ['later'], unless: [{ has: 'time', in: 'sentence' }] })
      expect(later('We call you later, at {{slot_time}}.')).toEqual([])
      expect(later('We call you later about {{refund_amount}}.')).toEqual(['later'])
      const fee = flagged({ phrases: ['a small fee'], unless: [{ has: 'money', in: 'sentence' }] })
      expect(fee('There is a small fee of {{return_fee}}.')).toEqual([])
    })

    it('never across the whole unit: each send fills in another value, so it dates nothing there', () => {
      const tomorrow = flagged({ phrases: ['tomorrow'], unless: [{ has: 'date', in: 'unit' }] })
      expect(tomorrow('The sale ends tomorrow. Order date: {{order_date}}.')).toEqual(['tomorrow'])
      expect(tomorrow('The sale ends tomorrow. Offer valid until 14 March 2026.')).toEqual([])
    })
  })

  it(`looks at most ${MAX_CONDITION_REACH} tokens each way, so a text with no full stops is not read whole for each match`, () => {
    const soon = flaggedBy({ phrases: ['soon'], unless: [{ has: 'date', in: 'sentence' }, { phrases: ['by appointment'], in: 'paragraph' }] })
    const filler = (words: number) => Array.from({ length: words }, (_, i) => `item${i}`).join(' ')
    expect(soon(`It ships on 3 June and ${filler(100)} arrives soon`)).toEqual([])
    expect(soon(`It ships on 3 June and ${filler(300)} arrives soon`)).toEqual(['soon'])
    expect(soon(`Arrives soon and ${filler(300)} by appointment`)).toEqual(['soon'])
    expect(soon(`Arrives soon and ${filler(200)} by appointment`)).toEqual([])
  })

  it('answers a condition on the whole unit once per unit, the same for each match', () => {
    const soon = flaggedBy({ phrases: ['soon'], unless: [{ phrases: ['tracking link'], in: 'unit' }] })
    expect(soon('It ships soon. It arrives soon.\n\nThe tracking link follows.')).toEqual([])
    expect(soon('It ships soon. It arrives soon.\n\nThe invoice follows.')).toEqual(['soon', 'soon'])
  })
})

describe('"defaults" in a pattern\'s condition list', () => {
  /** A rule whose defaults keep a dated sentence quiet, with the given patterns. */
  const flaggedWithDefaults = (...patterns: PatternSource[]) => {
    const rule = compilePhraseRule({ id: 'custom/probe', kind: 'avoid', description: 'A probe', category: 'vagueness', severity: 'warning', message: 'Flagged', defaults: { unless: [{ has: 'date', in: 'sentence' }] }, patterns })
    const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]) })
    return (text: string) => linter.lint(text).messages.map((m) => m.actual)
  }

  it('a pattern\'s own unless replaces the defaults; "defaults" in it keeps them too', () => {
    const replacing = flaggedWithDefaults({ phrases: ['soon'], unless: [{ phrases: ['tomorrow'], in: 'sentence' }] })
    const adding = flaggedWithDefaults({ phrases: ['soon'], unless: ['defaults' as never, { phrases: ['tomorrow'], in: 'sentence' }] })
    expect(replacing('It ships soon, on 3 May 2027.')).toEqual(['soon'])
    expect(adding('It ships soon, on 3 May 2027.')).toEqual([])
    expect(adding('It ships soon, tomorrow morning.')).toEqual([])
    expect(adding('It ships soon.')).toEqual(['soon'])
  })

  it('is refused, with its key, when the rule sets no such defaults', () => {
    const compile = (defaults: PatternOptions | undefined) => () =>
      compilePhraseRule({ id: 'custom/probe', kind: 'avoid', description: 'A probe', category: 'vagueness', severity: 'warning', message: 'Flagged', ...(defaults ? { defaults } : {}), patterns: [{ phrases: ['soon'], when: [{ has: 'money', in: 'sentence' }, 'defaults' as never] }] })
    expect(compile(undefined)).toThrow('patterns[0].when[1]: "defaults" stands for defaults.when, which this rule does not set')
    expect(compile({ unless: [{ has: 'date', in: 'sentence' }] })).toThrow('patterns[0].when[1]: "defaults" stands for defaults.when, which this rule does not set')
  })
})
