import { describe, expect, it } from 'vitest'
import { createLinter, type LintMessage } from '@tactful/core'

/**
 * A message for customers in several regions is held to the strictest of them: the findings must
 * not depend on the order the codes are given in (`--region BR,DE` and `--region DE,BR`).
 */
const linter = createLinter({ extends: ['recommended', 'cultural', 'legal'] })

function findings(text: string, region: string[]): string[] {
  const { messages } = linter.lint(text, { format: 'text', channel: 'chat', region })
  return messages.map((m: LintMessage) => `${m.ruleId}:${m.severity}:${m.actual}`).sort()
}

function inBothOrders(text: string, regions: [string, string]): string[] {
  const forward = findings(text, regions)
  expect(findings(text, [regions[1], regions[0]])).toEqual(forward)
  return forward
}

describe('several customer regions', () => {
  it('the longest statutory withdrawal period of any region applies (BR 7 days, DE 14)', () => {
    const text = 'You have 7 days to withdraw from the purchase.'
    expect(inBothOrders(text, ['BR', 'DE'])).toEqual(['no-shortened-legal-period:error:have 7 days to withdraw'])
    const { messages } = linter.lint(text, { format: 'text', channel: 'chat', region: ['BR', 'DE'] })
    expect(messages[0]!.message).toBe('“have 7 days to withdraw” is shorter than the statutory withdrawal period of 14 days in DE')
  })

  it('a bare instruction is blunt if any region reads directness as rude (JP, US)', () => {
    expect(inBothOrders('Send us the photo of the label.', ['JP', 'US'])).toEqual(['no-blunt-imperative:warning:Send'])
  })

  it('an imperial measure needs metric if any region is metric (US, DE), and a unit customary in only one metric region too (GB, DE)', () => {
    expect(inBothOrders('The bag weighs 5 lbs.', ['US', 'DE'])).toEqual(['no-imperial-units:warning:5 lbs'])
    expect(inBothOrders('The depot is 3 miles from the station.', ['GB', 'DE'])).toEqual(['no-imperial-units:warning:3 miles'])
    expect(findings('The depot is 3 miles from the station.', ['GB'])).toEqual([])
  })

  it('a bare "$" needs a currency code if any region does not pay in US dollars (US, CA)', () => {
    const both = inBothOrders('The fee is $30.', ['US', 'CA'])
    expect(both).toEqual(['no-ambiguous-dollar:warning:$30'])
    const { messages } = linter.lint('The fee is $30.', { format: 'text', channel: 'chat', region: ['US', 'CA'] })
    expect(messages[0]!.messageId).toBe('localDollar')
  })

  it('a numeric date is ambiguous when the regions read dates in different orders (US, DE)', () => {
    const text = 'Your refund was issued on 03/04/2026.'
    expect(inBothOrders(text, ['US', 'DE'])).toEqual(['no-ambiguous-numeric-date:warning:03/04/2026'])
    const { messages } = linter.lint(text, { format: 'text', channel: 'chat', region: ['US', 'DE'] })
    expect(messages[0]!.messageId).toBe('ambiguous')
  })
})

describe('the statutory periods are named with the place they apply', () => {
  it('with no region the EU and UK minimum is named as such', () => {
    const { messages } = linter.lint('You have 7 days to withdraw from the purchase.', { format: 'text', channel: 'chat' })
    expect(messages.map((m) => m.message)).toEqual(['“have 7 days to withdraw” is shorter than the statutory withdrawal period of 14 days in the EU and the UK'])
  })
})

describe('region-dependent messages name the regions that decided', () => {
  const messageOf = (text: string, region: string[]): string[] => linter.lint(text, { format: 'text', channel: 'chat', region }).messages.map((m) => m.message)

  it('a refund waiver names the market whose law it contradicts', () => {
    expect(messageOf('All sale items are final sale.', ['DE'])).toEqual(['“All sale items are final” denies a refund or return right that consumer law in DE gives; state the right and its conditions'])
  })

  it('an imperial measure names the metric regions, a blunt order the indirect ones', () => {
    expect(messageOf('The bag weighs 5 lbs.', ['US', 'DE'])).toEqual(['“5 lbs” is an imperial measure; customers in DE use metric units, so add the metric value, e.g. “5 lbs (2.3 kg)”'])
    expect(messageOf('Send us the photo of the label.', ['US', 'JP'])).toEqual(['“Send” opens a bare instruction; customers in JP read that as an order, so ask politely, e.g. “Please send”'])
  })
})

