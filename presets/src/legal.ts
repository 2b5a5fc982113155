import { definePreset, type RuleSetting } from '@tactful/engine'

/** Law: statements about rights, guarantees, data and health that the customer's jurisdiction judges. */
export const legal = definePreset({
  id: 'legal',
  description: 'Statements of rights, guarantees, data requests and claims that hold up in the customer’s jurisdiction',
  rules: {
    // "Guaranteed to arrive by Friday, no matter what", "100% unbreakable", "I promise you won't pay customs".
    'no-absolute-guarantee': 'warning',
    // "No refunds", "final sale", "store credit only": error in EU/EEA/UK/AU/BR, silent in the US, info elsewhere.
    'no-refund-waiver': 'error',
    // "You only have 7 days to cancel" against the region's withdrawalDays, rightToRejectDays, legalGuaranteeYears.
    'no-shortened-legal-period': 'error',
    // "Warranty void if opened" (Magnuson-Moss §2302(c); statutory guarantees elsewhere).
    'no-void-if-opened-warranty': 'error',
    // "This was our negligence", "we accept full liability".
    'no-liability-admission': 'warning',
    // "File a claim with the courier", "contact the manufacturer": the seller bears the risk (EU, UK, AU).
    'no-liability-deflection': 'error',
    // Card number, CVV, password, passport scans over e-mail or chat.
    'no-sensitive-data-request': 'error',
    // Another customer's name, address, e-mail or phone number.
    'no-customer-data-disclosure': 'error',
    // Wrong GDPR article or deadline, wrong CCPA deadline.
    'no-misquoted-privacy-law': 'error',
    // "Due to GDPR we cannot tell you your order status".
    'no-privacy-law-excuse': 'error',
    // "Cures insomnia", "clinically proven", "you won't need a vaccine".
    'no-health-claim': 'error',
    // "We will take legal action", "we will report you to the credit bureaus".
    'no-legal-threat': 'error',
    // "FedEx is incompetent", "GLS is a joke".
    'no-disparaging-third-party': 'warning',
    // "Only 2 left", "offer ends tonight" in templates.
    'no-fake-urgency': 'warning',
  },
})

/**
 * The legal rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedLegal: Record<string, RuleSetting> = { ...legal.rules }
