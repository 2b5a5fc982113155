import { definePreset, type RuleSetting } from '@tactful/engine'

/** Culture: greetings, address, idioms and names that travel badly across regions. */
export const cultural = definePreset({
  id: 'cultural',
  description: 'Wording that works across cultures: greetings, address, idioms, sensitive names',
  rules: {
    // Idioms and slang are opaque to second-language readers, whatever the region.
    'no-idioms': 'warning',
    'no-chat-slang': 'warning',
    // Disability and mental-health terms used as slang.
    'no-ableist-language': 'warning',
    // "Dear Sir", "Hey guys", "hon": gendered or overfamiliar address.
    'no-gendered-address': 'warning',
    // Generalisations about a nationality or country, and jokes about the customer's region.
    'no-stereotypes': 'warning',
    // Region-dependent: names that take a political side for this customer.
    'no-disputed-place-names': 'warning',
    // Region-dependent: "Chinese New Year" to Korea and Vietnam.
    'prefer-lunar-new-year': 'warning',
    // Region-dependent: alcohol and pork themes to Muslim-majority regions, beef to India and Nepal.
    'no-alcohol-pork-promotion': 'warning',
    // Region-dependent: gifts that carry a taboo (a clock in China, sets of four in Japan).
    'no-gift-taboo': 'warning',
    // Region- and channel-dependent: holiday greetings and themes the customer did not raise.
    'no-presumptuous-holiday-greeting': 'warning',
    // Locale conventions by region facts `currency`/`dollar` and `measurement`.
    'no-ambiguous-dollar': 'warning',
    'no-imperial-units': 'warning',
    // Directness by region fact `directness`: bare imperatives to JP and KR.
    'no-blunt-imperative': 'warning',
    // retext-equality's lexicon, curated for service text.
    'no-inconsiderate-language': 'warning',
  },
})

/**
 * The cultural rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedCultural: Record<string, RuleSetting> = { ...cultural.rules }
