import { describe, expect, it } from 'vitest'
import { createLinter, type LintMessage } from '@tactful/core'

/** The same sentence, linted for different customer regions with the cultural preset. */
const linter = createLinter({ extends: ['cultural'] })

function findings(text: string, region: string | undefined, channel: 'email' | 'chat' | 'template' = 'email'): string[] {
  const { messages } = linter.lint(text, { format: 'text', channel, ...(region ? { region } : {}) })
  return messages.map((m: LintMessage) => `${m.ruleId}:${m.severity}:${m.actual}`).sort()
}

describe('cultural rules decide by region (DE, US, AE)', () => {
  it('a Christmas promotion is a warning for the UAE and a hint only for Germany and the US', () => {
    const text = 'Merry Christmas from the whole team! Enjoy 20% off all smart home gadgets.'
    expect(findings(text, 'AE', 'template')).toEqual(['no-presumptuous-holiday-greeting:warning:Merry Christmas'])
    expect(findings(text, 'DE', 'template')).toEqual(['no-presumptuous-holiday-greeting:info:Merry Christmas'])
    expect(findings(text, 'US', 'template')).toEqual(['no-presumptuous-holiday-greeting:info:Merry Christmas'])
    // Sent to every market, the template greeting is a warning.
    expect(findings(text, undefined, 'template')).toEqual(['no-presumptuous-holiday-greeting:warning:Merry Christmas'])
  })

  it('a reciprocated greeting is clean in every region', () => {
    const text = 'Thank you for your kind wishes, and Merry Christmas to you too!'
    for (const region of ['AE', 'DE', 'US']) expect(findings(text, region, 'chat')).toEqual([])
  })

  it('inches and a bare "$" are fine for the US but not for Germany or the UAE', () => {
    const text = 'The rug is 60 inches wide and costs $120.'
    expect(findings(text, 'US')).toEqual([])
    const flagged = ['no-ambiguous-dollar:warning:$120', 'no-imperial-units:warning:60 inches']
    expect(findings(text, 'DE')).toEqual(flagged)
    expect(findings(text, 'AE')).toEqual(flagged)
    expect(findings(text, undefined)).toEqual(['no-ambiguous-dollar:info:$120', 'no-imperial-units:info:60 inches'])
  })

  it('knows Kosovo by its user-assigned code XK, a metric region that uses Christmas as a public holiday', () => {
    expect(findings('The rug is 60 inches wide.', 'XK')).toEqual(['no-imperial-units:warning:60 inches'])
    expect(findings('Merry Christmas from the whole team! Enjoy 20% off all smart home gadgets.', 'XK', 'template')).toEqual(['no-presumptuous-holiday-greeting:info:Merry Christmas'])
  })

  it('"Persian Gulf" is a politically sensitive name only for the UAE', () => {
    const text = 'Deliveries within the Persian Gulf region take 5 to 7 business days.'
    expect(findings(text, 'AE')).toEqual(['no-disputed-place-names:warning:the Persian Gulf'])
    expect(findings(text, 'DE')).toEqual([])
    expect(findings(text, 'US')).toEqual([])
  })

  it('an alcohol-themed offer is flagged for the UAE only', () => {
    const text = 'Cosy up with our mulled-wine spice kit, now 25% off.'
    expect(findings(text, 'AE', 'template')).toEqual(['no-alcohol-pork-promotion:warning:mulled-wine'])
    expect(findings(text, 'DE', 'template')).toEqual([])
    expect(findings(text, 'US', 'template')).toEqual([])
  })

  it('a bare imperative is direct enough for DE, US and AE but blunt for Japan and Korea', () => {
    const text = 'Send us a photo of the damaged box.'
    for (const region of ['DE', 'US', 'AE']) expect(findings(text, region)).toEqual([])
    expect(findings(text, 'JP')).toEqual(['no-blunt-imperative:warning:Send'])
    expect(findings(text, 'KR')).toEqual(['no-blunt-imperative:warning:Send'])
  })

  it('idioms and gendered address are flagged whatever the region', () => {
    const text = 'Dear Sir, sit tight while we touch base with the courier.'
    const expected = ['no-gendered-address:warning:Dear Sir', 'no-idioms:warning:sit tight', 'no-idioms:warning:touch base']
    for (const region of ['AE', 'DE', 'US']) expect(findings(text, region)).toEqual(expected)
  })
})
