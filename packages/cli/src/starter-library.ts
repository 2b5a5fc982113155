export const STARTER_LIBRARY_FILE = 'phrases.tactful.yaml'

/**
 * The phrase library `tactful init --library` writes: one or two rules of each
 * kind, each with examples, so `tactful test-rules` passes on it from day one
 * and a writer can copy a rule to start their own.
 */
export const STARTER_LIBRARY = `# Your team's phrase library: wording rules written without code.
# Each rule reports as custom/<id>. Check the examples with: tactful test-rules
# Guide: docs/guide/phrase-library.md
rules:
  # avoid: a phrase the team does not use, with a better wording where there is one.
  - id: no-inconvenience
    kind: avoid
    description: Name the actual problem instead of apologising for "any inconvenience"
    category: politeness
    message: '"{actual}" sounds like a form letter; say what went wrong'
    patterns:
      - phrases: ['(for|about) any inconvenience (caused|this may have caused|)']
        suggest: ['for the delay with your order']
    examples:
      pass:
        - We are sorry for the delay with your order.
      fail:
        - We apologise for any inconvenience caused.

  # replace: the team's preferred word for the same thing.
  - id: say-order-number
    kind: replace
    description: Use the words printed on the customer's receipt
    category: clarity
    message: 'Write {expected} instead of "{actual}"'
    patterns:
      - phrases: ['order id', 'order (ref|reference)']
        suggest: ['order number']
    examples:
      pass:
        - Please reply with your order number.
      fail:
        - Please reply with your order ID.

  # limit: at most (max) or at least (min) so many of these phrases in one reply.
  - id: max-one-apology
    kind: limit
    description: Apologise once, then solve the problem
    category: politeness
    message: This reply apologises {count} times; once is enough
    limit: { max: 1 }
    patterns:
      - phrases: ['sorry', '(we|I) apologi(s|z)e']
    examples:
      pass:
        - Sorry about the wait. Your parcel left our warehouse today.
      fail:
        - Sorry about the wait. We apologise again, and we are so sorry.

  # require: a reply about a refund must say when the money arrives.
  - id: refund-timeframe
    kind: require
    description: A refund reply says when the money arrives
    category: vagueness
    message: A refund reply should say when the refund arrives
    scope:
      ifContains: [refund, refunded]
    patterns:
      - phrases: ['within * (business|working|) days', 'within * (hours|weeks)']
    examples:
      pass:
        - Your refund will reach your card within 5 business days.
        - Thank you for your message about the jacket size.
      fail:
        - Your refund has been approved.

  # require, for complaints in e-mail: acknowledge the problem before solving it.
  - id: acknowledge-complaint
    kind: require
    description: A complaint reply acknowledges the problem
    category: politeness
    severity: info
    message: Acknowledge the customer's problem before explaining the next step
    scope:
      channels: [email]
      ifContains: [complaint, disappointed, unhappy]
    patterns:
      - phrases: ['(I|we) understand', 'you are right', "(I'm|I am|we are) sorry"]
    examples:
      pass:
        - I understand how disappointed you are that the parcel arrived late.
      fail:
        - Regarding your complaint, the parcel was sent on Monday.
`
