/**
 * Words people type in capitals to shout ("you STILL haven't paid", "do NOT").
 * One of these alone in capitals is shouting; anything else alone is taken for an
 * acronym or a brand (EU, VAT, DHL, IKEA). Ambiguous codes (US, IT, OR, IN, ME, AM)
 * are left out on purpose.
 */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  'NOT', 'NO', 'NEVER', 'MUST', 'ONLY', 'NOW', 'STILL', 'ALL', 'ANY', 'YOU', 'YOUR', "YOU'RE", 'READ', 'DO', "DON'T", 'DONT',
  'PLEASE', 'STOP', 'WILL', 'CANNOT', "CAN'T", "WON'T", 'ALWAYS', 'EVERY', 'IMPORTANT', 'URGENT', 'WARNING', 'FINAL',
  'LAST', 'NOTICE', 'ATTENTION', 'AGAIN', 'ALREADY', 'NEED', 'HAVE', 'BEFORE', 'WITHOUT', 'NOTHING', 'NOBODY',
  'EVERYTHING', 'IMMEDIATELY', 'TODAY', 'REALLY', 'VERY', 'WHY', 'WHAT', 'THIS', 'THAT', 'EVER', 'ABSOLUTELY',
  'DEFINITELY', 'CLEARLY', 'OBVIOUSLY', 'REQUIRED', 'MANDATORY', 'EXACTLY', 'STRICTLY', 'PROHIBITED', 'FORBIDDEN',
  'CAREFULLY', 'POLICY', "DIDN'T", "HAVEN'T", "HASN'T", "ISN'T", "AREN'T", "WASN'T", 'SHOULD', "SHOULDN'T", 'DID',
  'NONE', 'ANYONE', 'ANYTHING', 'UNDER', 'PAY', 'SEND', 'CHECK', 'WRONG', 'FAULT', 'BEFOREHAND', 'OURS',
  // round 24: a verb stressed at the customer: "Your order IS covered", "it DOES work".
  'IS', 'ARE', 'WAS', 'WERE', 'DOES', 'HAS',
])

/**
 * Words that shout when they stand alone in capitals ("Check the tracking link FIRST",
 * "I have said this TWICE") but are common in capitalised names and headings ("FIRST CLASS",
 * "TOTALLY FREE"), so they do not make a run of capitals count as shouting.
 */
export const LONE_EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  'FIRST', 'TWICE', 'PROPERLY', 'CORRECTLY', 'SERIOUSLY', 'EXTREMELY', 'COMPLETELY', 'TOTALLY', 'FULLY', 'ENTIRELY',
  // Plain verbs and adverbs stressed in a lower-case sentence: "where it will STAY", "KEEP the box", "it works ONCE".
  'STAY', 'KEEP', 'WAIT', 'ONCE', 'BOTH', 'EACH', 'EVEN', 'ALSO', 'SAME', 'THERE', 'THEN', 'AFTER', 'UNTIL', 'WITHIN',
  'OUTSIDE', 'INSIDE',
  // A past act or a count stressed at the customer: "I TOLD you", "as we SAID", "answered THREE times". Not the
  // states a system prints in capitals ("Status: DELIVERED", "OVERDUE") nor plan names and codes ("the SIMPLE plan",
  // "code ONE").
  'TOLD', 'SAID', 'THREE', 'SEVERAL', 'MULTIPLE', 'NUMEROUS',
])

/**
 * Capitalised codes support text uses that are longer than three letters or look
 * like short English words. Words of up to three letters that are not common
 * English words (EU, VAT, DHL, UPS, CET) count as acronyms without a list.
 */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'GDPR', 'CCPA', 'IMEI', 'FAQ', 'FAQS', 'HTTP', 'HTTPS', 'HTML', 'JPEG', 'NASA', 'IKEA', 'LEGO', 'ASOS', 'USPS',
  'HMRC', 'VIES', 'EORI', 'IBAN', 'SWIFT', 'EMEA', 'APAC', 'LATAM', 'DACH', 'GMBH', 'INCOTERMS', 'PCCC', 'SEPA',
  'AEST', 'AEDT', 'BST', 'CEST', 'EEST', 'HKT', 'SGT', 'PST', 'PDT', 'EST', 'EDT', 'KST', 'JST', 'IST', 'UTC', 'GMT',
  'ASAP', 'WISMO', 'ETA', 'EOD', 'COD', 'CVV', 'OTP', 'PIN', 'SMS', 'LCD', 'OLED', 'HDMI', 'WIFI', 'NFC', 'RSVP', 'VIP', 'CEO',
  'ID', 'OK', 'UK', 'USA', 'UAE', 'KSA', 'EU', 'EEA', 'UN', 'AM', 'PM', 'TV', 'PC', 'DIY', 'RMA', 'SKU', 'AWB', 'DDP', 'DAP',
  'SPF', 'UV', 'LED', 'USB', 'ACL', 'CDC', 'DPD', 'GLS', 'TNT', 'DHL', 'UPS', 'QR', 'PO', 'VAT', 'GST', 'HST',
])

/** Short words that are English, not codes: in capitals they are shouting when they stand in a run. */
export const SHORT_WORDS: ReadonlySet<string> = new Set([
  'A', 'I', 'THE', 'AND', 'FOR', 'YOU', 'NOT', 'ALL', 'ANY', 'ARE', 'WAS', 'CAN', 'HAS', 'HAD', 'OUR', 'ITS', 'BUT', 'NOW',
  'WHY', 'HOW', 'WHO', 'GET', 'GOT', 'PAY', 'YET', 'ONE', 'TWO', 'OFF', 'NEW', 'DID', 'NO', 'DO', 'GO', 'SO', 'IS', 'BE',
  'WE', 'MY', 'TO', 'OF', 'ON', 'AT', 'BY', 'UP', 'IF', 'AS', 'AN', 'HE', 'SHE', 'HER', 'HIM', 'OUT', 'NOR', 'MAY',
  'USE', 'SEE', 'ASK', 'BUY', 'TRY', 'WAY', 'DAY', 'TOO', 'YES',
])

/**
 * Signal words of a product safety label, written in capitals by convention and often by law
 * ("WARNING: CHOKING HAZARD – Small parts", ANSI Z535, 16 CFR 1500.19): a label, not a raised voice,
 * when a colon follows.
 */
export const SAFETY_SIGNAL_WORDS: ReadonlySet<string> = new Set(['WARNING', 'CAUTION', 'DANGER'])
