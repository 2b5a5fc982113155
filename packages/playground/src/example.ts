/** A reply with typical slips, so the page shows what it does before anything is pasted. */
export const EXAMPLE_REPLY = `Hi guys,

Your order #4521 was delayed because you failed to enter the full address. We will ship it soon, hopefully.

The jacket was on sale and all sales are final, so we cannot take it back.

Thanks,
Ana from the support team
`
