import { describe, expect, it } from 'vitest'
import { defineRule } from '../rule/define-rule.js'
import { createLinter } from './create-linter.js'
import type { Token } from '../phrase/tokens.js'

/** Records what a code rule sees through its context, then reports nothing. */
function probe(seen: { tokens: Token[][]; literal: boolean[] }) {
  return defineRule({
    meta: { id: 'probe', description: 'Records its context', category: 'politeness', languages: ['en'], defaultSeverity: 'warning', fixable: false, messages: { x: 'x' } },
    create(context) {
      return {
        SentenceNode(sentence) {
          seen.tokens.push([...context.tokensOf(sentence)])
        },
        'RootNode:exit'() {
          const at = context.text.indexOf('sorry')
          seen.literal.push(context.isLiteral([at, at + 5]), context.isLiteral([0, 3]))
        },
      }
    },
  })
}

describe('rule context', () => {
  it('gives each sentence its tokens once, with quote state, and answers isLiteral for ranges', () => {
    const seen = { tokens: [] as Token[][], literal: [] as boolean[] }
    const linter = createLinter({ extends: [], rules: { probe: 'warning' } }, { rules: new Map([['probe', probe(seen)]]) })
    linter.lint('Hey BUDDY, we’ll fix it.\n\nYou wrote "sorry" twice.')
    expect(seen.tokens.map((sentence) => sentence.map((t) => t.norm))).toEqual([
      ['hey', 'buddy', ',', "we'll", 'fix', 'it', '.'],
      ['you', 'wrote', '"', 'sorry', '"', 'twice', '.'],
    ])
    const buddy = seen.tokens[0]![1]!
    expect(buddy).toMatchObject({ raw: 'BUDDY', kind: 'word', start: 4, end: 9, literal: false })
    expect(seen.tokens[1]!.filter((t) => t.literal).map((t) => t.raw)).toEqual(['"', 'sorry'])
    expect(seen.literal).toEqual([true, false])
  })
})
