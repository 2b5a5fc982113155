/**
 * Openings that count as a greeting, lowercased; two-word entries are matched on
 * the first two words. Includes the greetings of the markets the teams write to,
 * since agents often greet in the customer's language ("Olá Rafael,", "Guten Tag,").
 */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'good day',
  'welcome', 'hiya', 'howdy', 'morning', 'afternoon', 'evening', "g'day", 'thanks', 'thank you', 'many thanks',
  'congratulations', 'happy', 'merry', "season's greetings", 'ramadan', 'eid',
  // Other languages an English reply may open with.
  'namaste', 'salaam', 'assalamu', 'salam', 'marhaba', 'ahlan', 'shalom', 'bonjour', 'bonsoir', 'salut', 'hallo',
  'guten', 'moin', 'servus', 'grüezi', 'hola', 'buenos', 'buenas', 'estimado', 'estimada', 'olá', 'ola', 'oi', 'bom',
  'boa', 'prezado', 'prezada', 'ciao', 'buongiorno', 'buonasera', 'gentile', 'hej', 'hei', 'goedemorgen', 'goedemiddag',
  'beste', 'geachte', 'konnichiwa', 'annyeong', 'annyeonghaseyo', 'nǐ hǎo', 'ni hao', 'nihao', 'aloha',
  'kia ora', 'merhaba', 'sawasdee', 'selamat', 'xin chào', 'xin chao', 'dzień dobry', 'witam', 'ahoj', 'zdravstvuyte',
  'sehr geehrte', 'sehr geehrter', 'liebe', 'lieber', 'cher', 'chère', 'caro', 'cara', 'egregio', 'gentilissimo', 'gentilissima',
  'querido', 'querida', 'kære', 'hallå', 'bästa', 'hyvä', 'moi', 'hoi', 'szanowny', 'szanowna', 'vážený', 'vážená', 'kedves',
  'jambo', 'habari', 'sawubona', 'salve', 'grüß gott', 'grüss gott', 'griaß di', 'god morgen', 'god dag', 'goddag',
  'buen día', 'bună ziua', 'dobrý den', 'dobar dan', 'szia', 'tere', 'labas', 'sveiki', 'mabuhay', 'kumusta', 'vanakkam',
  'assalamualaikum', 'chào', 'chúc mừng', 'ohayo', 'ohayō', 'sawadee', 'sawatdee', 'hujambo', 'dumela', 'sannu', 'akwaaba',
  // Eastern Europe, the Balkans, the Caucasus and Central Asia.
  'gamarjoba', 'salom', 'assalomu', 'privet', 'pryvit', 'vitayu', 'dobryi', 'dobriy', 'dobry', 'zdravo', 'zdravei', 'zdraveite',
  'zdravím', 'bună', 'buna', 'mirëdita', 'miredita', 'përshëndetje', 'barev', 'salamatsyzby', 'sälem', 'salem', 'selam',
  'merhabalar', 'sain', 'labdien', 'laba', 'kalimera', 'kaliméra', 'geia', 'yassou', 'pozdrav', 'zdravstvuite',
  'здравствуйте', 'привет', 'добрый', 'вітаю', 'გამარჯობა', 'բարեւ', 'сәлем', 'салом',
  // Africa, South and South-East Asia, the Pacific.
  'molweni', 'bawo', 'ndewo', 'salama', 'mingalaba', 'sabaidee', 'namaskar', 'namaskaram', 'ayubowan', 'talofa', 'bula',
  'malo', 'halo', 'apa kabar', 'magandang', 'kamusta', 'sat sri akal', 'kem cho', 'ia ora',
])

/** Titles that open a bare-name salutation ("Mr. Daniels,") when no greeting precedes them. */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'monsieur', 'madame', 'señor', 'señora', 'sr', 'sra'])
