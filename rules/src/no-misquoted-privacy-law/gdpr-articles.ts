/**
 * GDPR (Regulation (EU) 2016/679) articles by the topic a support reply cites them for.
 * Art. 12 (deadlines and modalities) and Art. 5 (principles) fit every data-subject request;
 * Art. 19 (notifying recipients) goes with rectification, erasure and restriction.
 * Source: https://eur-lex.europa.eu/eli/reg/2016/679/oj
 */
export interface Topic {
  name: string
  /** Words in the sentence that show the topic. */
  cue: RegExp
  articles: readonly number[]
}

export const GDPR_ARTICLE_COUNT = 99

export const TOPICS: readonly Topic[] = [
  { name: 'erasure (Art. 17)', cue: /\b(?:delet\w*|eras\w*|right to be forgotten|wip(?:e|ed|ing) (?:the|your) (?:account|data)|(?:account|data) wiped|remov\w* (?:your|all) (?:personal )?(?:data|details|information))\b/i, articles: [17, 12, 5, 19] },
  { name: 'access (Art. 15)', cue: /\b(?:subject access|access request|right of access|right to access|access to (?:your|the) (?:personal )?data|copy of (?:all )?(?:of )?(?:your|the|all) (?:personal )?(?:data|information)|data we hold|DSAR)\b/i, articles: [15, 12] },
  { name: 'rectification (Art. 16)', cue: /\b(?:rectif\w*|correct(?:ing|ion)? (?:your|the|inaccurate|wrong) (?:personal )?(?:data|details|address|name|information))\b/i, articles: [16, 12, 19] },
  { name: 'restriction (Art. 18)', cue: /\brestrict(?:ion|ing)? (?:of )?(?:the )?processing\b/i, articles: [18, 12, 19] },
  { name: 'portability (Art. 20)', cue: /\b(?:portab\w*|machine[- ]readable|transfer your data)\b/i, articles: [20, 12] },
  { name: 'objection (Art. 21)', cue: /\b(?:right to object|objection|object to)\b/i, articles: [21, 12] },
  { name: 'consent (Art. 6, 7)', cue: /\b(?:consent)\b/i, articles: [6, 7, 8, 12] },
  { name: 'lawful basis (Art. 6)', cue: /\b(?:lawful basis|legal basis|legitimate interests?)\b/i, articles: [6] },
  { name: 'breach notification (Art. 33, 34)', cue: /\b(?:data breach|personal data breach|breach notification|security breach)\b/i, articles: [33, 34] },
]
