import { defineRule } from '@tactful/engine'
import { GDPR_ARTICLE_COUNT, TOPICS } from './gdpr-articles.js'

const GDPR = '(?:the\\s+)?(?:EU\\s+|UK\\s+)?(?:GDPR|General Data Protection Regulation|DSGVO|RGPD|AVG|data\\s+protection\\s+(?:rules|regulation))'
/** "Article 20 of the GDPR", "Art. 17 GDPR", "GDPR Article 15(3)". */
const CITATIONS = [
  new RegExp(`\\bArt(?:icle|\\.)?\\s*(\\d{1,3})(?:\\s*\\(\\d+\\))?(?:\\s*\\([a-z]\\))?\\s+(?:of\\s+)?${GDPR}`, 'gi'),
  new RegExp(`\\b${GDPR}\\s*,?\\s+Art(?:icle|\\.)?\\s*(\\d{1,3})`, 'gi'),
]
const MENTIONS_GDPR = /\b(?:GDPR|General Data Protection Regulation|DSGVO|RGPD|(?:EU|UK|European|British)\s+data\s+protection\s+(?:law|laws|rules|regulation|legislation)|Data\s+Protection\s+Act\s+2018)\b/i
const MENTIONS_CCPA = /\b(?:CCPA|CPRA|California Consumer Privacy Act|California Privacy Rights Act|California(?:'s|’s)?\s+(?:consumer\s+)?(?:privacy\s+|data\s+)?(?:law|laws|legislation|rules))\b/i
const MENTIONS_PIPEDA = /\b(?:PIPEDA|Personal Information Protection and Electronic Documents Act)\b/i
const DATA_REQUEST = /\b(?:request|delet\w*|eras\w*|access|copy of|data we hold|personal data|your data|respond|reply|answer)\b/i
/** A data-subject request named without the law: for EU/EEA/UK customers the GDPR answers it. */
const SUBJECT_REQUEST = /\b(?:(?:deletion|erasure|subject access|data access|personal data|access)\s+request|request\s+to\s+(?:delete|erase|access)|delete your (?:account|data|personal data)|copy of (?:your|the|all) (?:personal )?data)\b/i
/** A deadline: "within 90 days", "take upto 8 weeks" (a tired agent's typo), "6-8 weeks" (the upper bound counts). */
const PERIOD = /\b(?:within|in|up to|upto|take|takes|taking|have|after|(?:gives?|gave|grants?|allows?|lets)\s+(?:us|you|businesses|companies|the company|them|operators|controllers|organi[sz]ations|firms|shops|retailers|sellers)|allows?|allowed|permits?)\s+(?:up\s*to\s+|a\s+(?:full\s+|maximum\s+of\s+)?)?(?:\d{1,3}\s*(?:-|–|to)\s*)?(\d{1,3}|one|two|three|four|five|six|nine|twelve|thirty|forty-five|sixty|ninety)\s+(?:business\s+|working\s+|calendar\s+)?(days?|weeks?|months?|years?)\b/gi
/** A deadline as an adjective: "PIPEDA sets a 60-day response window", "a 90-day deadline". */
const PERIOD_ADJ = /\b(\d{1,3}|thirty|sixty|ninety)[-\s](day|week|month)s?\s+(?:response\s+|reply\s+|answer\s+)?(?:window|deadline|period|time\s*limit|limit|timeframe|time\s*frame)\b/gi
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90 }
const EXTENSION = /\bextend\w*|\bextension\b|\bfurther\b|\badditional\b/i

function days(count: string, unit: string): number {
  const n = WORDS[count.toLowerCase()] ?? Number.parseInt(count, 10)
  const u = unit.toLowerCase()
  return u.startsWith('week') ? n * 7 : u.startsWith('month') ? n * 30 : u.startsWith('year') ? n * 365 : n
}

/**
 * Privacy-law citations that are wrong: a GDPR article that does not exist or does not
 * match the right the sentence is about, and response deadlines longer than the law's
 * (GDPR Art. 12(3): one month, extendable by two with reasons; CCPA §1798.130: 45 days,
 * extendable once by 45; PIPEDA s.8(3)-(4): 30 days, extendable by 30).
 */
export default defineRule({
  meta: {
    id: 'no-misquoted-privacy-law',
    description: 'Flag GDPR, CCPA and PIPEDA citations with a wrong article or deadline',
    category: 'legal',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unknownArticle: '“{actual}”: the GDPR has 99 articles; check the citation',
      wrongArticle: '“{actual}” does not match the topic: {topic} is the right citation',
      gdprDeadline: '“{actual}” exceeds the GDPR deadline: one month (Art. 12(3)), extendable by two months with reasons',
      ccpaDeadline: '“{actual}” exceeds the CCPA deadline: 45 days, extendable once by 45 (§1798.130)',
      pipedaDeadline: '“{actual}” exceeds the PIPEDA deadline: 30 days, extendable by up to 30 (s.8(3)-(4))',
    },
  },
  create(context) {
    const unitMentionsGdpr = MENTIONS_GDPR.test(context.text)
    const unitMentionsCcpa = MENTIONS_CCPA.test(context.text)
    const unitMentionsPipeda = MENTIONS_PIPEDA.test(context.text)
    const gdprRegion = context.region.is('EU') || context.region.is('EEA') || context.region.is('UK')
    return {
      // Citations per paragraph: "Art." can end a sentence for the tokenizer, and the topic may sit beside it.
      ParagraphNode(node) {
        // Every citation names the GDPR.
        if (!unitMentionsGdpr) return
        const [start, end] = context.rangeOf(node)
        const paragraph = context.text.slice(start, end)
        const at = (m: RegExpMatchArray): [number, number] => [start + m.index!, start + m.index! + m[0].length]
        for (const pattern of CITATIONS) {
          for (const m of paragraph.matchAll(pattern)) {
            const article = Number.parseInt(m[1]!, 10)
            if (article < 1 || article > GDPR_ARTICLE_COUNT) {
              context.report({ range: at(m), messageId: 'unknownArticle' })
              continue
            }
            const topics = TOPICS.filter((t) => t.cue.test(paragraph))
            if (topics.length > 0 && !topics.some((t) => t.articles.includes(article))) {
              context.report({ range: at(m), messageId: 'wrongArticle', data: { topic: topics.map((t) => t.name).join(' or ') } })
            }
          }
        }

      },
      SentenceNode(node) {
        // A sentence is about a privacy law only in a unit that names one, or in a GDPR region.
        if (!unitMentionsGdpr && !unitMentionsCcpa && !unitMentionsPipeda && !gdprRegion) return
        const [start, end] = context.rangeOf(node)
        const sentence = context.text.slice(start, end)
        const at = (m: RegExpMatchArray): [number, number] => [start + m.index!, start + m.index! + m[0].length]

        const aboutGdpr =
          MENTIONS_GDPR.test(sentence) || (unitMentionsGdpr && DATA_REQUEST.test(sentence)) || (gdprRegion && SUBJECT_REQUEST.test(sentence))
        const aboutCcpa = MENTIONS_CCPA.test(sentence) || (unitMentionsCcpa && DATA_REQUEST.test(sentence))
        const aboutPipeda = MENTIONS_PIPEDA.test(sentence) || (unitMentionsPipeda && DATA_REQUEST.test(sentence))
        if (!aboutGdpr && !aboutCcpa && !aboutPipeda) return
        const extended = EXTENSION.test(sentence)
        for (const m of [...sentence.matchAll(PERIOD), ...sentence.matchAll(PERIOD_ADJ)]) {
          const d = days(m[1]!, m[2]!)
          if (aboutCcpa && d > (extended ? 90 : 45)) context.report({ range: at(m), messageId: 'ccpaDeadline' })
          else if (aboutPipeda && !aboutCcpa && d > (extended ? 60 : 30)) context.report({ range: at(m), messageId: 'pipedaDeadline' })
          else if (aboutGdpr && !aboutCcpa && !aboutPipeda && d > (extended ? 92 : 31)) context.report({ range: at(m), messageId: 'gdprDeadline' })
        }
      },
    }
  },
})
