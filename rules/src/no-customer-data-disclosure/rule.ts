import { defineRule } from '@tactful/engine'

/** Someone other than the reader: "another customer", "the previous buyer", "your neighbour", "the lady next door", "order of customer". */
const OTHER_PERSON =
  /\b(?:(?:another|other|previous|prior|earlier|former|last|different|wrong)\s+(?:customer|buyer|owner|purchaser|recipient|client|shopper|person|household|address|tenant|resident|occupant|occupier|subscriber|account\s+holder|cardholder)|(?:one|a)\s+(?:other\s+)?(?:customer|buyer|client|shopper)(?=,)|(?:the|a)\s+(?:customer|buyer|person)\s+who\s+(?:ordered|bought|returned|had|received|lives)|your\s+neighbou?r|(?:lady|man|gentleman|woman|family|people|person|neighbou?r)\s+next\s+door|(?:order|parcel)\s+of\s+(?:the\s+|another\s+)?customer)\b/i

/** Goods that belong to someone else: "belonged to another order", "is part of a different customer's parcel". */
const OTHER_ORDER =
  /\b(?:belong(?:s|ed)?\s+to|(?:is|was|were|are)\s+(?:from|for|part\s+of|meant\s+for))\s+(?:another|a\s+different|someone\s+else's)\s+(?:customer's\s+)?(?:order|parcel|shipment|delivery)\b/i

/** A name in apposition right after the reference: ", Mrs. Bakker", ", Greg Lowell", "named Ana Lima". */
const NAME = /^(?:,\s*|\s+named\s+|\s+called\s+|:\s*|\s+)((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle|Sr|Sra)\.?\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)|(?:[A-Z][\p{Ll}]{0,2}\.\s+)?[A-Z][\p{Ll}'’-]+\s+[A-Z][\p{Ll}'’-]+)/u

/** Contact data about that person anywhere later in the sentence. */
const PERSONAL_DATA: readonly RegExp[] = [
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle)\.?\s+[A-Z][\p{L}'’-]+/gu,
  // E-mail addresses and phone numbers.
  /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g,
  /(?:\b(?:tel|phone|mobile|cell)\.?:?\s*|\+)\d[\d\s().-]{5,}\d/gi,
  // Street addresses: "12 Maple Street", "Lindenlaan 14", "Hauptstraße 5".
  /\b\d{1,5}\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Close|Court|Ct\.?|Place|Pl\.?|Boulevard|Blvd\.?|Terrace|Crescent)(?![\p{L}])/gu,
  /\b[A-Z][\p{Ll}]+(?:straße|strasse|str\.|laan|weg|gracht|plein|straat|gasse|platz|allee|vej|gatan|gata|rue|via|calle)\s+\d{1,5}[a-z]?\b/gu,
]

/**
 * The same person's contact data in a later sentence of the paragraph, by pronoun: "you can call her on
 * 0812-3345-9981", "his e-mail is ana@example.com". Group 1 is the number or address.
 */
const PRONOUN_CONTACT: readonly RegExp[] = [
  /\b(?:call|phone|ring|text|whatsapp|message|reach|contact|e-?mail|write\s+to)\s+(?:her|him|them)\s+(?:directly\s+)?(?:on|at|via|under)?\s*(\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)/gi,
  /\b(?:her|his|their)\s+(?:phone\s+|mobile\s+|cell\s+|contact\s+)?(?:number|e-?mail(?:\s+address)?)\s+(?:is\s+)?:?\s*(\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)/gi,
  /\b(?:her|his|their)\s+(?:mobile|phone|cell|landline|whatsapp)\s+(?:is\s+)?:?\s*(\+?\d[\d\s().-]{5,}\d)/gi,
  // A name with a street address in a later sentence: "Could you hand it to Pieter de Vries at Herengracht 214?"
  /\b(?:to|with|for)\s+((?:[A-Z][\p{Ll}'’-]+\s+)(?:(?:de|van|von|der|den|da|di|du|le|la|al|el|bin|ten|ter)\s+)*[A-Z][\p{L}'’-]+\s+(?:at|of|in)\s+(?:\d{1,5}\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Court|Place|Boulevard|Blvd|Terrace|Crescent)|[A-Z][\p{Ll}]+(?:straße|strasse|laan|weg|gracht|plein|straat|gasse|platz|allee|vej|gatan|gata)\s+\d{1,5}[a-z]?))/gu,
]

/**
 * A named customer held up for comparison, with where they live: "Mrs Maryam Al-Sayed at Road 3803, Block 338,
 * Adliya ordered the same rug", "Ms Karen Holm in Aarhus reported the same crack". Group 1 is the name and place.
 */
const NAMED_COMPARISON =
  /\b((?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle)\.?\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*\s+(?:at|in|from|of)\s+[A-Z0-9][^.!?;:]{0,60}?)\s+(?:(?:also|already|just|recently)\s+)?(?:ordered|bought|purchased|reported|received|returned|complained\s+about|sent\s+back|had|got|has)\s+(?:the\s+(?:very\s+)?same|an?\s+identical|the\s+identical|a\s+similar|exactly\s+the\s+same)\b/gu

/** A sentence the parser ended at an abbreviated name ("another customer, Ma. Cristina Reyes …") runs on to the next stop. */
const ENDS_IN_ABBREVIATION = /\b[A-Z][\p{Ll}]{0,2}\.\s*$/u
const NEXT_STOP = /[.!?](?=\s|$)|\n/g

function throughAbbreviations(text: string, start: number, end: number): number {
  while (ENDS_IN_ABBREVIATION.test(text.slice(start, end)) && end < text.length && text[end] !== '\n') {
    NEXT_STOP.lastIndex = end
    const stop = NEXT_STOP.exec(text)
    end = stop ? stop.index + (stop[0] === '\n' ? 0 : 1) : text.length
  }
  return end
}

/**
 * Disclosing another customer's personal data (GDPR Art. 5(1)(f), 32; CCPA §1798.150):
 * a reference to another person followed, in the same sentence, by their name, address,
 * e-mail or phone number.
 */
export default defineRule({
  meta: {
    id: 'no-customer-data-disclosure',
    description: 'Flag another customer’s name, address, e-mail or phone number in a reply',
    category: 'legal',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      disclosed: '“{actual}” discloses another person’s personal data; describe the situation without naming them',
    },
  },
  create(context) {
    // Whether an earlier sentence of this paragraph named another person ("…left it with another customer, …").
    let otherPersonInParagraph = false
    return {
      ParagraphNode() {
        otherPersonInParagraph = false
      },
      SentenceNode(node) {
        const [start, parsedEnd] = context.rangeOf(node)
        const sentence = context.text.slice(start, throughAbbreviations(context.text, start, parsedEnd))
        const reference = OTHER_PERSON.exec(sentence)
        if (!reference) {
          for (const m of sentence.matchAll(NAMED_COMPARISON)) {
            context.report({ range: [start + m.index!, start + m.index! + m[1]!.length], messageId: 'disclosed' })
          }
          if (OTHER_ORDER.test(sentence)) {
            otherPersonInParagraph = true
            return
          }
          if (!otherPersonInParagraph) return
          for (const pattern of PRONOUN_CONTACT) {
            for (const m of sentence.matchAll(pattern)) {
              const from = m.index! + m[0].length - m[1]!.length
              context.report({ range: [start + from, start + m.index! + m[0].length], messageId: 'disclosed' })
            }
          }
          return
        }
        otherPersonInParagraph = true
        const after = reference.index + reference[0].length
        let first = Number.POSITIVE_INFINITY
        let last = -1
        const name = NAME.exec(sentence.slice(after))
        if (name) {
          first = after + name[0].length - name[1]!.length
          last = after + name[0].length
        }
        for (const pattern of PERSONAL_DATA) {
          for (const m of sentence.matchAll(pattern)) {
            if (m.index! < after) continue
            first = Math.min(first, m.index!)
            last = Math.max(last, m.index! + m[0].length)
          }
        }
        if (last < 0) return
        // Close a bracket the data sits in: "(tel. 06-12345678)".
        if (sentence[last] === ')' && sentence.lastIndexOf('(', last) > first) last++
        context.report({ range: [start + first, start + last], messageId: 'disclosed' })
      },
    }
  },
})
