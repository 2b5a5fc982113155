import { describe, expect, it } from 'vitest'
import { createLinter, type LintMessage } from '@tactful/core'

/** The same sentence, linted for different customer regions with the legal preset. */
const linter = createLinter({ extends: ['legal'] })

function findings(text: string, region: string | undefined, channel: 'email' | 'chat' | 'template' = 'email'): string[] {
  const { messages } = linter.lint(text, { format: 'text', channel, ...(region ? { region } : {}) })
  return messages.map((m: LintMessage) => `${m.ruleId}:${m.severity}:${m.actual}`).sort()
}

describe('legal rules decide by the customer’s jurisdiction (DE, US, AE, GB, AU)', () => {
  it('"final sale: no refunds" is an error in the EU, UK and Australia, silent in the US, a hint in the UAE', () => {
    const text = 'Sale items are final sale: no refunds, no exchanges.'
    const errors = ['no-refund-waiver:error:final sale', 'no-refund-waiver:error:no refunds']
    expect(findings(text, 'DE')).toEqual(errors)
    expect(findings(text, 'GB')).toEqual(errors)
    expect(findings(text, 'AU')).toEqual(errors)
    expect(findings(text, 'US')).toEqual([])
    expect(findings(text, 'AE')).toEqual(['no-refund-waiver:info:final sale', 'no-refund-waiver:info:no refunds'])
    expect(findings(text, undefined)).toEqual(['no-refund-waiver:info:final sale', 'no-refund-waiver:info:no refunds'])
  })

  it('"Change of mind = no refund" is accurate in Australia; refusing refunds for faults is not', () => {
    const text = 'Change of mind = no refund, and faulty items are only exchanged, never refunded.'
    expect(findings(text, 'AU')).toEqual(['no-refund-waiver:error:never refunded', 'no-refund-waiver:error:only exchanged'])
    expect(findings('Change of mind = no refund.', 'AU')).toEqual([])
    expect(findings(text, 'US')).toEqual([])
  })

  it('7 days to cancel is short of the 14-day withdrawal right in Germany and the UK, and no rule in the US or UAE', () => {
    const text = 'You only have 7 days to cancel an online order.'
    expect(findings(text, 'DE')).toEqual(['no-shortened-legal-period:error:have 7 days to cancel'])
    expect(findings(text, 'GB')).toEqual(['no-shortened-legal-period:error:have 7 days to cancel'])
    expect(findings(text, 'US')).toEqual([])
    expect(findings(text, 'AE')).toEqual([])
    // Brazil's withdrawal period is 7 days (CDC Art. 49), so 7 days is lawful there.
    expect(findings(text, 'BR')).toEqual([])
    expect(findings(text, undefined)).toEqual(['no-shortened-legal-period:info:have 7 days to cancel'])
  })

  it('the UK 30-day right to reject applies only to UK customers', () => {
    const text = 'Under the Consumer Rights Act you only have 7 days to reject a faulty item.'
    expect(findings(text, 'GB')).toEqual(['no-shortened-legal-period:error:have 7 days to reject'])
    expect(findings(text, 'US')).toEqual([])
    expect(findings(text, 'AE')).toEqual([])
  })

  it('a 6-month warranty "only" falls short of the EU 2-year legal guarantee', () => {
    const text = "Your hair straightener is covered by our 6-month warranty only, so we can't help with a fault after 8 months."
    expect(findings(text, 'DE')).toEqual(['no-shortened-legal-period:error:6-month warranty'])
    expect(findings(text, 'US')).toEqual([])
    expect(findings(text, 'AE')).toEqual([])
  })

  it('sending the customer to the courier: error in DE and GB, warning in AU, silent in the US, hint in the UAE', () => {
    const text = 'GLS lost your parcel. Please file a claim with them.'
    expect(findings(text, 'DE')).toEqual(['no-liability-deflection:error:file a claim with them'])
    expect(findings(text, 'GB')).toEqual(['no-liability-deflection:error:file a claim with them'])
    expect(findings(text, 'AU')).toEqual(['no-liability-deflection:warning:file a claim with them'])
    expect(findings(text, 'US')).toEqual([])
    expect(findings(text, 'AE')).toEqual(['no-liability-deflection:info:file a claim with them'])
  })

  it('rules that do not depend on the law of a region give the same finding everywhere', () => {
    const threat = 'If you do not pay by Friday, we will take legal action.'
    const voidTerm = 'Your warranty is void because you opened the battery compartment.'
    for (const region of ['DE', 'US', 'AE', 'GB', 'AU', undefined]) {
      expect(findings(threat, region)).toEqual(['no-legal-threat:error:take legal action'])
      expect(findings(voidTerm, region)).toEqual(['no-void-if-opened-warranty:error:warranty is void'])
    }
  })

  it('correct statements of rights stay clean in their region', () => {
    expect(findings('You may withdraw from your purchase within 14 days of delivery, without giving a reason.', 'DE')).toEqual([])
    expect(findings('Under the Consumer Rights Act 2015 you can reject faulty goods within 30 days for a full refund.', 'GB')).toEqual([])
    expect(findings('Opening the back cover to change the battery does not affect your rights: the 2-year legal guarantee still applies.', 'DE')).toEqual([])
    expect(findings('Under the Australian Consumer Law you are entitled to a refund or a replacement.', 'AU')).toEqual([])
  })
})
