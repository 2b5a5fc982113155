/** Openings that count as a greeting, lowercased; two-word entries are matched on the first two words. */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'good day',
  'welcome', 'hiya', 'howdy', 'namaste', 'salaam', 'bonjour', 'hallo', 'hola', 'ciao', 'thanks', 'thank you',
  'many thanks', 'congratulations', 'happy', 'season\'s greetings', 'assalamu', 'konnichiwa', 'aloha',
])
