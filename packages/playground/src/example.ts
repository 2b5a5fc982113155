/** A reply with typical slips, so the page shows what it does before anything is pasted. */
export const EXAMPLE_REPLY = `Your order #4521 was delayed because you failed to enter the full address.

We will ship it soon. Please send us the missing apartment number.

Thanks,
Ana from the support team
`
