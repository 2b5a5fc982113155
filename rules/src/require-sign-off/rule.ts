import { defineRule } from '@tactful/engine'
import { SIGN_OFFS } from './sign-offs.js'

const LOOK_BACK_LINES = 4

/** True when a line opens with a closing formula ("Kind regards,", "Thanks again!"). */
function isSignOff(line: string): boolean {
  const text = line.trim().toLowerCase().replace(/’/g, "'")
  return SIGN_OFFS.some((s) => text === s || (text.startsWith(s) && /^[\s,.!:;—–-]/.test(text.slice(s.length))))
}

/** A short line with no sentence punctuation: a name or team ("Support Team", "Nina"). */
function isSignatureLine(line: string): boolean {
  const text = line.trim()
  return text.split(/\s+/).length <= 5 && !/[.?!:]$/.test(text)
}

/**
 * An e-mail ends with a sign-off before the name. Chat turns are exempt, and in
 * templates the rule only gives a hint: notices and newsletters often end on a link.
 */
export default defineRule({
  meta: {
    id: 'require-sign-off',
    description: 'Require an e-mail to end with a sign-off such as “Kind regards,”',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'info',
    fixable: false,
    appliesTo: ['body', 'entry'],
    messages: {
      missing: 'The e-mail ends without a sign-off; close with “Kind regards,” and your name',
      nameOnly: 'The e-mail ends with a name but no sign-off; add “Kind regards,” above it',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        if (context.channel === 'chat') return
        const lines = context.text.split('\n')
        const filled = lines.map((line, index) => ({ line, index })).filter((l) => l.line.trim() !== '')
        if (filled.length < 2) return
        const last = filled.slice(-LOOK_BACK_LINES)
        if (last.some((l) => isSignOff(l.line))) return
        const final = filled[filled.length - 1]!
        const start = lines.slice(0, final.index).reduce((sum, l) => sum + l.length + 1, 0) + (final.line.length - final.line.trimStart().length)
        const end = start + final.line.trim().length
        context.report({
          range: [start, end],
          messageId: isSignatureLine(final.line) ? 'nameOnly' : 'missing',
          ...(context.channel === 'template' ? { severity: 'info' as const } : {}),
        })
      },
    }
  },
})
