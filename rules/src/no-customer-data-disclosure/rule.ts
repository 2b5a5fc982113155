import { defineRule } from '@tactful/engine'

/** Someone other than the reader: "another customer", "the previous buyer", "your neighbour", "the lady next door", "order of customer". */
const OTHER_PERSON =
  /\b(?:(?:another|other|previous|prior|earlier|former|last|different|wrong)\s+(?:customer|buyer|owner|purchaser|recipient|client|shopper|person|household|address|tenant|renter|guest|resident|occupant|occupier|subscriber|account\s+holder|cardholder)|that\s+customer(?=,)|(?:one|a)\s+(?:other\s+)?(?:customer|buyer|client|shopper)(?=,)|(?:the|a)\s+(?:customer|buyer|person)\s+who\s+(?:ordered|bought|returned|had|received|lives)|your\s+neighbou?r|(?:lady|man|gentleman|woman|family|people|person|neighbou?r)\s+next\s+door|(?:order|parcel)\s+of\s+(?:the\s+|another\s+)?customer)\b/i

/** Goods that belong to someone else: "belonged to another order", "is part of a different customer's parcel". */
const OTHER_ORDER =
  /\b(?:belong(?:s|ed)?\s+to|(?:is|was|were|are)\s+(?:from|for|part\s+of|meant\s+for))\s+(?:another|a\s+different|someone\s+else's)\s+(?:customer's\s+)?(?:order|parcel|shipment|delivery)\b/i

/** A name in apposition right after the reference: ", Mrs. Bakker", ", Greg Lowell", "named Ana Lima". */
const NAME = /^(?:\s+who\s+[\p{Ll}\s']{3,60}?(?=,))?(?:,\s*|\s+named\s+|\s+called\s+|:\s*|\s+)((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle|Sr|Sra)\.?\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)|(?:[A-Z][\p{Ll}]{0,2}\.\s+)?[A-Z][\p{Ll}'’-]+\s+[A-Z][\p{Ll}'’-]+)/u

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
  /\b(?:her|his|their)\s+(?:phone\s+|mobile\s+|cell\s+|contact\s+)?(?:number|e-?mail(?:\s+address)?|mail)\s+(?:on\s+(?:our\s+)?(?:file|record|records|system)\s+)?(?:is\s+)?:?\s*(\(?\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)/gi,
  /\b(?:her|his|their)\s+(?:mobile|phone|cell|landline|whatsapp)\s+(?:is\s+)?:?\s*(\(?\+?\d[\d\s().-]{5,}\d)/gi,
  /\b(?:she|he|they)\s+can\s+be\s+reached\s+(?:on|at|via|under)\s+(\(?\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)/gi,
  // A name with a street address in a later sentence: "Could you hand it to Pieter de Vries at Herengracht 214?"
  /\b(?:to|with|for)\s+((?:[A-Z][\p{Ll}'’-]+\s+)(?:(?:de|van|von|der|den|da|di|du|le|la|al|el|bin|ten|ter)\s+)*[A-Z][\p{L}'’-]+\s+(?:at|of|in)\s+(?:\d{1,5}\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Court|Place|Boulevard|Blvd|Terrace|Crescent)|[A-Z][\p{Ll}]+(?:straße|strasse|laan|weg|gracht|plein|straat|gasse|platz|allee|vej|gatan|gata)\s+\d{1,5}[a-z]?))/gu,
]

/**
 * A named customer held up for comparison, with where they live: "Mrs Maryam Al-Sayed at Road 3803, Block 338,
 * Adliya ordered the same rug", "Ms Karen Holm in Aarhus reported the same crack". Group 1 is the name and place.
 */
// NAMED_COMPARISON is defined below, after PERSON.

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle|Sr|Sra)\.?\s+`
/** A person's name: a title and up to three names, or two or three capitalised names ("Yael Ben-David", "Ahmed Al Mansouri", "Somchai P."). */
const PERSON = String.raw`(?:${TITLE}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|[A-Z][\p{Ll}'’-]+(?:\s+(?:de|van|von|der|den|da|di|du|le|la|bin|ten|ter)\b)*\s+(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.)(?:\s+[A-Z][\p{Ll}'’-]+)?)`
/** A street address: "14 Admiralty Way", "22 rue des Lilas", "Jl. Melati 14", "Brīvības iela 88-14", "Villa 22", "flat 12". */
const ADDRESS = String.raw`(?:\d{1,5}[a-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Way|Close|Court|Place|Boulevard|Blvd|Terrace|Crescent|Parade|Highway)\b|\d{1,5}[a-z]?,?\s+(?:rue|avenue|boulevard|via|viale|calle|avenida|rua|chemin|place)\s+(?:(?:de|du|des|la|le|del|da|do|d')\s*)*[A-Z][\p{L}'-]+|(?:Jl\.|Jalan|Calle|Via|Rua|Avenida|Rue)\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?\s+\d{1,5}|[A-Z][\p{Ll}]+(?:straße|strasse|str\.|laan|weg|gracht|plein|straat|gasse|platz|allee|vej|gatan|gata|gade|vägen|katu|utca|ulica)\s+\d{1,5}|[A-Z][\p{L}]+\s+(?:iela|ulica|utca|tänav|gatve|prospekt)\s+\d{1,5}(?:-\d+)?|(?:[Vv]illa|[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit|[Hh]ouse|[Nn]umber|[Nn]o\.)\s+\d{1,5}[a-z]?\b)`
const EMAIL = String.raw`[\w.+-]+@[\w-]+\.[\w.-]*\w`
const PHONE = String.raw`(?<![\w])\(?\+?\d[\d\s().-]{6,}\d(?![\w])`
/** A carrier, shop or team, not a person: "Royal Mail", "Canada Post", "Blue Dart Express", "Customer Service". */
const ORGANISATION = /\b(?:Mail|Post|Posten|Express|Parcel|Parcels|Logistics|Courier|Couriers|Delivery|Cargo|Kargo|Freight|Shipping|Service|Services|Support|Team|Store|Shop|Group|Ltd|Inc|GmbH|BV|Bank|Care|Desk|Centre|Center|Office|Depot|Hub|Warehouse|Kitchen|Studio|Market|Supplies|Fibre|Networks?)\b/
/**
 * What follows a name that makes it personal data: where the person lives, their e-mail or phone, in brackets
 * or by pronoun. Group 1 is the part to report after the name.
 */
const DATA_TAIL = new RegExp(String.raw`^((?:,\s*|\s+(?:at|of|in|on|from)\s+|\s+)${ADDRESS}|\s*\((?:[^()]*?(?:${EMAIL}|${PHONE}))[^()]*\)|,\s*(?:(?:(?:her|his|their)\s+)?(?:account|e-?mail(?:\s+address)?|login|user(?:name)?)\s*:?\s*)?${EMAIL}|,?\s+(?:who\s+lives|living)\s+in\s+[A-Z][\p{L}'-]+|,?\s+(?:and\s+)?(?:her|his|their)\s+(?:phone\s+|mobile\s+|cell\s+)?(?:number|e-?mail|mail|mobile|cell|phone)\s+(?:on\s+(?:our\s+)?(?:file|record|records)\s+)?is\s+:?\s*(?:${EMAIL}|${PHONE})|,\s+can\s+be\s+reached\s+(?:on|at)\s+(?:${EMAIL}|${PHONE}))`, 'u')
/** Only a town after the name: "Ole Bakken from Bergen". Reported after a hand-over only. */
const PLACE_TAIL = /^\s+(?:from|in|of)\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?/u
/**
 * The customer's goods, data or review handed to or coming from a named person: "went to", "signed for by",
 * "written by", "belongs to", "is with", "the previous renter," and "billing details of". Group 1 is the name.
 */
const HANDOVER = new RegExp(String.raw`\b(?:(?:went|gone|goes|delivered|shipped|sent|handed(?:\s+over)?|given|left|posted|dispatched|transferred|moved|credited|assigned|allocated|paid\s+out|refunded|issued)\s+(?:by\s+mistake\s+)?to|(?:signed\s+for|written|placed|redeemed|activated|used|claimed|returned(?:\s+to\s+us)?(?:\s+once\s+before)?|taken|booked|ordered|bought|sent|collected|received)\s+by(?:\s+the\s+account\s+of)?|(?:belongs?|belonged|belonging|registered|linked)\s+to|(?:it's|is|are|was|were|now)\s+with|(?:billing|contact|personal|account)\s+details\s+of|(?:our\s+)?(?:client|customer|member|reviewer))\s+(?:an?\s+)?(${PERSON})`, 'gu')
/** A titled name needs no hand-over before it when an address, e-mail or phone follows: "Mrs Okonkwo at 14 Admiralty Way". */
const TITLED = new RegExp(String.raw`\b(${TITLE}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})(?:['’]s\s+(?:flat|house|home|apartment|place)(?=\s+at\s+[A-Z][\p{L}]+\s+\d))?`, 'gu')
const STREET_NUMBER = /^\s+at\s+[A-Z][\p{L}]+\s+\d{1,4}\b(?:\s*\([^()]*\))?/u
/** The name is the reader's or our staff's: "our fitter, Tomáš", "our data protection officer, Marc Dubois". */
const STAFF_BEFORE = /\b(?:[Oo]ur|[Mm]y)\s+(?:[\p{Ll}-]+\s+){0,2}(?:colleague|technician|fitter|driver|installer|manager|officer|agent|engineer|courier|rider|adviser|advisor|specialist|representative|lead|supervisor|owner|founder|director|head|expert|assistant|tailor|designer|buyer|team|staff)(?:\s+(?:member|lead))?,?\s*$/u
/** Names the reader is greeted or thanked by: "Dear Ms Clarke", "Hi Kim", "Thanks for your patience, Kim." */
const GREETING = /(?:\b(?:Dear|Hi|Hello|Hey|Hej|Hallo|Bonjour|Hola|Ciao|Olá|Tere|Merhaba|Shalom|Grüezi|Zdraveite|Thanks|Thank\s+you)\b[,!]?|,)\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Mme|Mlle|Madame|Monsieur|Sr|Sra|Sr\.|Sig)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)(?=\s*[,.!:]|\s*$)/gmu
/** The customer's own words reported back: "You wrote that the parcel went to …". */
const REPORTED_SPEECH = /\b(?:you|your\s+(?:message|e-?mail|note|letter))\s+(?:wrote|write|said|say|says|mentioned|told\s+us|claim(?:ed|s)?|asked)\b/i
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Herr', 'Frau', 'Mme', 'Mlle', 'Madame', 'Monsieur', 'Sr', 'Sra', 'Sig'])

function readerNames(text: string): Set<string> {
  const names = new Set<string>()
  for (const m of text.matchAll(GREETING)) {
    for (const word of m[1]!.split(/\s+/)) {
      const bare = word.replace(/\.$/, '')
      if (!TITLES.has(bare)) names.add(bare)
    }
  }
  return names
}

/**
 * A named customer held up for comparison, with where they live: "Mrs Maryam Al-Sayed at Road 3803, Block 338,
 * Adliya ordered the same rug", "Ms Karen Holm in Aarhus reported the same crack", "Reto Keller from Chur sent us
 * the same photos". Group 1 is the name and place.
 */
const NAMED_COMPARISON = new RegExp(String.raw`(?<![\p{L}'’])(${PERSON}\s+(?:at|in|from|of|on)\s+[A-Z0-9](?:[^.!?;:]|\.(?=[\w])){0,80}?)\s+(?:(?:also|already|just|recently)\s+)?(?:ordered|bought|purchased|reported|received|returned|complained\s+about|sent(?:\s+us)?|had|got|has)\s+(?:the\s+(?:very\s+)?same|an?\s+identical|the\s+identical|a\s+similar|exactly\s+the\s+same)\b`, 'gu')

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
    let readers: Set<string> | undefined
    // Ranges already reported, so a sentence the parser split at "Ma." is not reported twice.
    const reported: Array<[number, number]> = []
    return {
      ParagraphNode() {
        otherPersonInParagraph = false
      },
      SentenceNode(node) {
        const [start, parsedEnd] = context.rangeOf(node)
        const sentence = context.text.slice(start, throughAbbreviations(context.text, start, parsedEnd))
        const report = (from: number, to: number) => {
          if (reported.some(([a, b]) => start + from < b && start + to > a)) return
          reported.push([start + from, start + to])
          context.report({ range: [start + from, start + to], messageId: 'disclosed' })
        }
        readers ??= readerNames(context.text)
        const isReaderOrStaff = (name: string, at: number) =>
          ORGANISATION.test(name) ||
          REPORTED_SPEECH.test(sentence.slice(0, at)) ||
          name.split(/\s+/).some((w) => readers!.has(w.replace(/['’]s$/, ''))) || STAFF_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))
        for (const m of sentence.matchAll(HANDOVER)) {
          const at = m.index! + m[0].length - m[1]!.length
          if (isReaderOrStaff(m[1]!, at)) continue
          const rest = sentence.slice(at + m[1]!.length)
          const tail = DATA_TAIL.exec(rest) ?? PLACE_TAIL.exec(rest)
          // "the billing details of Priya Nair, the customer who received your shoes"
          if (!tail && !(/details\s+of/.test(m[0]) && /^,\s+(?:the|another|a)\s+(?:other\s+)?(?:customer|buyer|client|person)\s+who\b/.test(rest))) continue
          report(at, at + m[1]!.length + (tail ? tail[0].length : 0))
          otherPersonInParagraph = true
        }
        for (const m of sentence.matchAll(TITLED)) {
          if (isReaderOrStaff(m[1]!, m.index!)) continue
          const rest = sentence.slice(m.index! + m[0].length)
          const tail = DATA_TAIL.exec(rest) ?? (m[0].length > m[1]!.length ? STREET_NUMBER.exec(rest) : null)
          if (!tail) continue
          report(m.index!, m.index! + m[0].length + tail[0].length)
          otherPersonInParagraph = true
        }
        const reference = OTHER_PERSON.exec(sentence)
        if (!reference) {
          for (const m of sentence.matchAll(NAMED_COMPARISON)) {
            if (isReaderOrStaff(m[1]!.split(/\s+(?:at|in|from|of|on)\s+/)[0]!, m.index!)) continue
            report(m.index!, m.index! + m[1]!.length)
          }
          if (OTHER_ORDER.test(sentence)) {
            otherPersonInParagraph = true
            return
          }
          if (!otherPersonInParagraph) return
          for (const pattern of PRONOUN_CONTACT) {
            for (const m of sentence.matchAll(pattern)) {
              const from = m.index! + m[0].length - m[1]!.length
              report(from, m.index! + m[0].length)
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
        report(first, last)
      },
    }
  },
})
