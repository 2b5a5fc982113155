/**
 * Religious and cultural holidays whose greetings or themes presume the reader's faith.
 * `fittingIn` lists region codes or groups (rules/data/regions.yaml) where the greeting is
 * customary; `offendsIn` where pushing it unasked is a known cause of complaints.
 */
export interface Holiday {
  name: string
  /** Greetings written as lowercase regex sources (word boundaries are added). */
  greetings: string[]
  /** Promotional themes: flagged only where the holiday offends. */
  themes: string[]
  /**
   * Unmistakable festive imagery ("Santa's elves", "the Easter bunny", "under your tree"): a theme
   * flagged where the holiday offends, and also in templates sent to every market (no region).
   */
  imagery?: string[]
  /** Words that show the customer raised the holiday themselves. */
  words: string[]
  fittingIn: string[]
  offendsIn: string[]
  /**
   * Where few people keep the holiday and it is no public holiday: greetings are a warning and themes are reported
   * as in `offendsIn`, with a message that says the customer likely does not celebrate it rather than that it offends.
   */
  unsharedIn?: string[]
  /** A national holiday: a warning in every known region outside `fittingIn`. */
  foreignElsewhere?: boolean
  /**
   * Words of another faith's holiday: a greeting for this one in a reply that names them ("Merry Christmas" to a
   * customer buying a Hanukkah menorah) greets the wrong holiday, a warning wherever the greeting would be a hint.
   */
  clashes?: string[]
  /**
   * A national holiday kept on other dates in the countries that share it: a greeting in a region of `region` beside a
   * date in `month` greets on the other country's day (US Thanksgiving in November to a Canadian customer).
   */
  otherDate?: Array<{ regions: string[]; date: string; keptIn: string; greeting?: string }>
  /** A day of fasting or mourning: a cheerful greeting is wrong wherever the day is kept, so a warning with any region. */
  solemn?: boolean
  neutral: string[]
}

export const HOLIDAYS: readonly Holiday[] = [
  {
    name: 'Christmas or Easter',
    greetings: ["merry (?:christmas|xmas|x-mas)",
      // Spellings a tired or second-language agent types: "Happy X'mas", "Merry Xmass", "merry chrismas"; and the other feasts of Easter week.
      "(?:merry|happy|blessed|joyful|joyous) (?:very )?(?:x'mas|x’mas|xmass|chrismas|christmass|cristmas|chirstmas|crimbo|good friday|resurrection sunday|resurrection day|palm sunday)", "(?:happy|hoppy) (?:christmas|easter|xmas)", 'blessed (?:christmas|easter)', '(?:christmas|xmas|easter) greetings', "(?:christmas|xmas|x-mas|x'mas|easter) is (?:here|coming|almost here|nearly here|near|upon us|(?:just )?(?:a|around the|round the) corner)",
      // "We wish you a joyful Noel", "Merry Noël": Christmas by its French name.
      '(?:merry|happy|blessed|joyful|joyous|peaceful) no[eë]l', '(?:he|christ) is risen', 'deck the halls', 'ho,? ho,? ho', 'jingle (?:all the way|bells)',
      // "Easter blessings from all of us", "Warm Christmas wishes", "Wishing you a joyful Easter", "Blessings this Christmas".
      '(?:christmas|xmas|easter|good friday|palm sunday|holy week|resurrection) blessings', '(?:warm|warmest|festive|joyful|best|heartfelt|sincere) (?:christmas|xmas|easter) wishes',
      // "Wishing you and your family a blessed Easter", "Have a peaceful Good Friday".
      '(?:have|wishing you|wish you|we wish you|wishes you)(?: and your (?:family|families|loved ones|dear ones|team))? an? (?:blessed|joyful|joyous|wonderful|lovely|peaceful|merry|great|fantastic|very merry|very happy|holy|happy|beautiful) (?:christmas|xmas|easter|good friday|palm sunday|holy week|resurrection sunday)',
      '(?:blessings|best wishes|warm wishes) (?:this|for) (?:christmas|easter)',
      // round 24: the Easter blessing by its creed: "May the risen Lord bless your home", "joy in the risen Christ".
      'the risen (?:lord|christ|saviou?r|jesus)'],
    themes: ['christmas', 'xmas', 'x-mas', "x'mas", 'x’mas', 'xmass', 'chrismas', 'christmass', 'easter', 'santa', 'santa claus', 'nativity'],
    imagery: [
      "santa(?:'s|’s)? (?:elves|sleigh|workshop|little helpers|helpers|reindeer|list|grotto)", 'santa (?:claus|does|is coming|comes)', 'secret santa',
      "(?:christmas|xmas|festive) elves", 'sleigh (?:bells|ride)', "under your (?:christmas |xmas )?tree", 'under the (?:christmas|xmas) tree', 'stocking (?:fillers?|stuffers?)', "(?:fill|fills|filling|stuff|stuffs|stuffing|hang|hanging|hang up) (?:their|your|the|his|her|every|those|all the|the kids(?:'|’)?) stockings", 'mistletoe', 'yuletide', 'nativity',
      'easter (?:bunny|bunnies|egg hunt|eggs|egg|baskets|basket|bonnet)', 'egg hunt',
      // Promotions built on the holiday: "Our Christmas gift to you", "Hop into Easter with 15% off".
      "(?:our|a|this|my) (?:little )?(?:christmas|xmas|easter) (?:gift|present|treat|surprise)s? (?:to|for) you",
      '(?:hop|hopping|hops|spring|springing|jump|jumping|bounce|bouncing) into (?:our |the |this |your )?(?:easter|christmas|xmas)',
      '(?:celebrate|celebrating|ring in|ringing in|kick off|kicking off|get ready for|gear up for|countdown to|count down to) (?:christmas|xmas|easter) with',
      "(?:christmas|xmas) (?:came|comes|is coming) early",
      // "Our 12 Days of Christmas deals", "our Advent calendar": a promotion built on the Christian calendar.
      '(?:the )?(?:12|twelve) days of (?:christmas|xmas)', 'advent (?:calendars?|wreaths?|candles?|sundays?)',
      // The holiday as the frame of a promotion: "This Easter, let our personal shoppers fill your basket", "this Christmas, treat yourself".
      "this (?:christmas|xmas|easter),? (?:let|treat|spoil|pamper|surprise|gift|give|make|celebrate|discover|indulge|shop|find|enjoy|fill|get|save)",
      "make this (?:christmas|xmas|easter) (?:special|extra special|unforgettable|magical|one to remember|sparkle)",
      // "Santa's bringing extra data", "Santa is delivering early", "the Easter bunny has dropped off".
      "(?:santa|the easter bunny)(?:'s|’s| is| has| will| just| will be)? (?:brought|brings|bringing|bring|left|leaves|leaving|delivering|delivered|delivers|deliver|dropping|dropped|drops|came|comes|coming|packing|packed|stopped|stopping|arrived|arriving|paying|pays|paid|covering|covers|covered|giving|gives|gave|treating|treats|gifting|gifts|picking up|sending|sends|sent)",
      // "Make the season merry", "keep your holidays merry and bright", "'tis the season".
      "(?:make|makes|making|keep|keeps|keeping) (?:the|your|this|their) (?:holiday |festive )?(?:season|holidays?) (?:merry|jolly|bright)", 'merry and bright', "(?:'|’)?tis the season", "the (?:most wonderful|merriest|jolliest) time of (?:the )?year",
      // Gifts under the tree: "pop it under the tree", "presents beneath your tree this year".
      "(?:(?:pop|popped|popping|put|putting|place|placing|tuck|tucked|tucking|wrap|wrapped|stash|hide|slip)(?: (?:it|them|this|these|one|yours|something|a few|some|one or two))?|gifts?|presents?|surprises?|treats?) (?:under|beneath) (?:the|your|their|every|each|our) tree",
      '(?:under|beneath) (?:the|your|their|every) tree (?:this|on|for) (?:year|season|christmas|xmas|december|winter|the holidays|the whole family|everyone)',
      // "Slip one into a stocking this Christmas", "perfect for their stocking this year": the Christmas stocking as the gift's place.
      '(?:in|into|inside|for|fill|fills|filling|stuff|stuffs|stuffing) (?:a|your|their|the|every|each|his|her|the kids(?:\'|’)?) stockings? (?:this|on|for) (?:christmas|xmas|year|season|december|the holidays)',
      // "As you gather round the tree with your family", "while you decorate the tree": the family Christmas tree assumed.
      '(?:gather|gathered|gathering|gathers|huddle|huddled|huddling|cosy up|cozy up|cosying up|cozying up) (?:round|around) (?:the|your|their) (?:christmas |xmas |festive )?tree(?! (?:house|trunk|stump|roots?|branch|branches|line|surgeon))',
      '(?:decorate|decorates|decorating|decorated) (?:the|your|their) (?:christmas |xmas |festive )?tree(?! (?:house|trunk|stump|roots?|branch|branches|line|surgeon))',
      // "Enjoy the festive season!", "Wishing you a joyful festive period", "The festive season is here!".
      '(?:enjoy|have|happy|wishing you|wish you|we wish you|enjoy the rest of) (?:a |an |the |your )?(?:lovely |wonderful |happy |great |joyful |merry |fantastic |very happy |relaxing |peaceful )?(?:festive (?:season|period|break|holidays?)|festivities)',
      '(?:the )?festive season is (?:here|coming|upon us|almost here|nearly here)',
      // Promotions built on Christmas customs: "Warm up your Christmas party", "our Christmas collection", "the Xmas hamper".
      '(?:christmas|xmas) (?:party|parties|dinner|dinners|feast|table|jumpers?|sweaters?|trees?|decorations|spirit|cheer|gift guide|collection|hampers?|crackers?|morning|stockings?|carols?|markets?|cards?|songs?|movies?|films?|lunch|eve dinner)',
      // The feast named by what it celebrates: "To celebrate the birth of Christ", "in honour of Jesus' birthday", "this Holy Week".
      "(?:the )?birth of (?:christ|jesus|our lord|our saviou?r|the saviou?r|baby jesus)", "(?:christ|jesus|baby jesus)(?:'s|’s|'|’)? (?:birth|birthday)",
      "(?:this|a blessed|blessed|a happy|happy|a peaceful|peaceful|celebrate|celebrating) holy week", "(?:the )?resurrection of (?:christ|jesus|our lord)",
      // Christmas in other languages or old words: "a small Noel surprise", "Joyeux Noël", "Feliz Navidad".
      "no[eë]l (?:surprise|gift|present|treat|sale|offer|deals?|special|collection|box|hamper|greetings|wishes|bonus|discount)s?", "joyeux no[eë]l", "feliz navidad", "frohe weihnachten", "buon natale",
      // round 24: Santa and the tree as emoji, and the office Christmas party by its season: "Perfect for the festive season party 🎅".
      '🎅', '🤶', '🎄', 'festive (?:season )?(?:party|parties)',
    ],
    words: ['christmas', 'xmas', 'easter', 'santa'],
    fittingIn: [],
    offendsIn: ['MUSLIM-MAJORITY', 'IL'],
    // Christians are a small minority and Christmas is no public holiday (India's 25 December holiday is one of many
    // faiths' holidays; Japan's Christmas is commercial, not a greeting customers expect from a shop).
    unsharedIn: ['IN', 'CN', 'JP', 'TW', 'TH', 'VN', 'LA', 'KH', 'MM', 'NP', 'LK', 'BT', 'MN'],
    // round 24: "Happy Easter from all of us, Sunday 5 April 2026!" to Serbia: the Western date, a week or more before the
    // Orthodox Easter that most customers there keep. Only the Western dates that differ from the Orthodox ones (2026–2030).
    otherDate: [{
      regions: ['RS', 'ME', 'MK', 'GR', 'CY', 'BG', 'RO', 'RU', 'UA', 'BY', 'MD', 'GE', 'ET', 'ER'],
      date: '(?:5(?:th)? april|april 5(?:th)?|28(?:th)? march|march 28(?:th)?|1(?:st)? april|april 1(?:st)?|21(?:st)? april|april 21(?:st)?)',
      keptIn: 'at Orthodox Easter, a week or more later',
      greeting: 'easter|risen|resurrection',
    }],
    clashes: ['hanukkah', 'hanukah', 'chanukah', 'chanukkah', 'menorah', 'menorahs', 'dreidel', 'dreidels', 'passover', 'seder', 'diwali', 'deepavali', 'eid', 'ramadan', 'iftar'],
    neutral: ['Best wishes', 'Thank you for shopping with us'],
  },
  {
    // A national holiday: presumptuous anywhere outside the countries that keep it.
    name: 'Thanksgiving',
    // "This Thanksgiving, the whole team is grateful for you!", "Thanksgiving wishes from all of us", "grateful for you this Thanksgiving".
    greetings: ['happy thanksgiving', '(?:blessed|joyful|wonderful) thanksgiving', 'thanksgiving (?:greetings|blessings|wishes)',
      "this thanksgiving,? (?:we(?:'re| are)?|the (?:whole )?team|our (?:whole )?team|all of us|everyone at|i(?:'m| am)?)",
      '(?:grateful|thankful) (?:for you|for all of you|for our customers|for your support) this thanksgiving'],
    themes: [],
    words: ['thanksgiving'],
    fittingIn: ['US', 'CA'],
    offendsIn: [],
    foreignElsewhere: true,
    // Canada gives thanks on the second Monday of October, the US on the fourth Thursday of November.
    // Only the dates of the other country's Thanksgiving week: the US fourth Thursday of November falls on 22 to 28
    // November, the Canadian second Monday of October on 8 to 14 October. A delivery on 3 November is no greeting date.
    otherDate: [
      { regions: ['CA'], date: '(?:2[2-8](?:st|nd|rd|th)? nov(?:ember|\\.)?|nov(?:ember|\\.)? 2[2-8](?:st|nd|rd|th)?|black friday)', keptIn: 'in October' },
      { regions: ['US'], date: '(?:(?:[89]|1[0-4])(?:st|nd|rd|th)? oct(?:ober|\\.)?|oct(?:ober|\\.)? (?:[89]|1[0-4])(?:st|nd|rd|th)?)', keptIn: 'in November' },
    ],
    neutral: ['Best wishes', 'Thank you for being our customer'],
  },
  {
    // Not a holiday, but the same presumption: a blessing in a faith's name the customer did not use.
    name: 'a faith in God (a religious blessing)',
    greetings: ['god bless(?: you and your (?:family|loved ones|home)| your (?:family|home|day)| you)?', 'may god (?:bless|keep|protect|be with|reward) you', 'god be with you', 'blessings to you and your (?:family|loved ones)',
      // round 25: the blessing as a sign-off: "have a blessed day!", "wishing you a blessed weekend", "stay blessed".
      '(?:have|wishing you|wish you|we wish you|enjoy)(?: and your (?:family|families|loved ones))? an? (?:blessed|truly blessed|very blessed) (?:day|week|weekend|evening|morning|afternoon|night|sunday|friday|one|time)', 'stay blessed', '(?:be|remain) blessed(?=[.!,]|$)'],
    themes: [],
    words: ['god', 'bless', 'blessed', 'blessing', 'blessings', 'pray', 'prayer', 'prayers', 'allah', 'inshallah', 'amen', 'lord', 'jesus'],
    fittingIn: [],
    offendsIn: [],
    foreignElsewhere: true,
    neutral: ['Best wishes', 'Take care'],
  },
  {
    name: 'Eid or Ramadan',
    greetings: ['eid (?:al[- ]?(?:fitr|adha) )?(?:mubarak|saeed|greetings|wishes|blessings)', '(?:happy|blessed|joyful|joyous) eid(?: al[- ]?(?:fitr|adha))?',
      'ramadan (?:kareem|mubarak|blessings|greetings|wishes)', '(?:blessed|happy|peaceful|joyful) ramadan',
      '(?:have|wishing you|wish you|we wish you)(?: and your (?:family|families|loved ones))? an? (?:blessed|joyful|joyous|happy|peaceful|wonderful|lovely|beautiful) (?:eid|ramadan)',
      // round 24: the fast presumed: "Fasting this month? Our energy bars…", "we added dates as a fasting treat".
      'fasting this month', '(?:a|as a|your|the perfect|little|special) fasting (?:treats?|gifts?|snacks?|box(?:es)?|bundles?|essentials?|hampers?)', 'break(?:ing)? your fast (?:with|in style)'],
    themes: [],
    words: ['eid', 'ramadan'],
    fittingIn: ['MUSLIM-MAJORITY'],
    offendsIn: [],
    // Elsewhere the customer's faith is unknown: a greeting they did not raise presumes it.
    foreignElsewhere: true,
    neutral: ['Best wishes'],
  },
  {
    name: 'Diwali or Holi',
    greetings: ['happy (?:diwali|deepavali|holi|navratri)', 'shubh (?:diwali|deepavali)', '(?:diwali|deepavali|holi) (?:greetings|wishes|blessings)',
      '(?:have|wishing you|wish you|we wish you)(?: and your (?:family|families|loved ones))? an? (?:blessed|joyful|joyous|happy|peaceful|wonderful|lovely|bright|colou?rful|prosperous) (?:diwali|deepavali|holi)'],
    themes: [],
    words: ['diwali', 'deepavali', 'holi', 'navratri'],
    fittingIn: ['IN', 'NP', 'MU', 'FJ'],
    offendsIn: [],
    foreignElsewhere: true,
    neutral: ['Best wishes'],
  },
  {
    name: 'Hanukkah or the Jewish New Year',
    greetings: ['happy (?:hanukkah|hanukah|chanukah|chanukkah|passover|pesach|purim|rosh hashanah)', 'chag sameach', 'shana tovah?', '(?:hanukkah|hanukah|chanukah|passover|pesach) (?:greetings|wishes|blessings)',
      '(?:have|wishing you|wish you|we wish you)(?: and your (?:family|families|loved ones))? an? (?:blessed|joyful|joyous|happy|peaceful|wonderful|lovely|bright|sweet) (?:hanukkah|hanukah|chanukah|passover|pesach)'],
    themes: [],
    words: ['hanukkah', 'hanukah', 'chanukah', 'passover', 'pesach', 'purim', 'rosh hashanah'],
    fittingIn: ['IL'],
    offendsIn: [],
    foreignElsewhere: true,
    neutral: ['Best wishes'],
  },
  {
    // round 24: a day of fasting or mourning greeted as a party: "Happy Yom Kippur in advance!", "Happy Ashura".
    // Wrong everywhere, also where the day is kept: it is not a happy occasion.
    name: 'a solemn day of fasting or mourning',
    greetings: ["(?:happy|merry|joyful|joyous|fun) (?:yom kippur|tisha b'?av|tisha be'?av|ashura|yom hashoah|yom hazikaron|holocaust remembrance day|ash wednesday)",
      "(?:have|wishing you|wish you|we wish you|enjoy)(?: and your (?:family|families|loved ones))? an? (?:happy|fun|joyful|joyous|wonderful|great|merry) (?:yom kippur|tisha b'?av|ashura|yom hashoah|yom hazikaron|ash wednesday)"],
    themes: [],
    words: ['yom kippur', 'ashura', "tisha b'?av", 'yom hashoah', 'yom hazikaron', 'ash wednesday'],
    fittingIn: [],
    offendsIn: [],
    foreignElsewhere: true,
    solemn: true,
    neutral: ['We wish you an easy fast', 'Best wishes'],
  },
]
