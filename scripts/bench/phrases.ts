// Template material for the generated bench and regression corpus, written for tactful.
// Most sentences are the polite, specific replies a good agent writes; about one in six
// carries a problem a rule should catch (vague time, blame, idiom, risky legal wording),
// so the corpus exercises the rules the way real support mail does.

export const NAMES = ['Amira', 'Jonas', 'Priya', 'Mateo', 'Chloe', 'Kenji', 'Olga', 'Tomasz', 'Ines', 'Yusuf', 'Hannah', 'Rafael', 'Mei', 'Lars', 'Aisha', 'Diego']
export const AGENTS = ['Noor', 'Sam', 'Beatriz', 'Felix', 'Ayumi', 'Grace', 'Ravi', 'Elena']
export const PRODUCTS = ['bamboo cutting board', 'wool travel blanket', 'ceramic pour-over set', 'wireless desk lamp', 'linen apron', 'steel water bottle', 'walnut phone stand', 'cotton bath robe', 'cast-iron skillet', 'hiking daypack']
export const COURIERS = ['DHL', 'UPS', 'Royal Mail', 'PostNL', 'Australia Post', 'Canada Post']
export const DATES = ['3 March 2026', '11 April 2026', '24 May 2026', '9 June 2026', '17 July 2026', '2 September 2026', '14 October 2026', '28 November 2026']

export const GREETINGS = ['Hello {name},', 'Hi {name},', 'Dear {name},', 'Good morning {name},', 'Hello {name}, and thank you for writing to us.']

export const SIGN_OFFS = ['Best regards,\n{agent}\nCustomer Care', 'Kind regards,\n{agent} | Support Team', 'Thank you,\n{agent}', 'All the best,\n{agent} from the help desk', 'Warm regards,\n{agent}']

export const CLEAN = [
  'Thank you for your message about order #{order}.',
  'Your {product} left our warehouse on {date} and {courier} expects to deliver it within 3 business days.',
  'I have refunded {amount} EUR to the card you paid with; your bank usually shows it within 5 business days.',
  'I am sorry the parcel arrived damaged, and I have sent a replacement free of charge.',
  'You do not need to return the damaged item.',
  'The tracking number is {tracking}, and the link in your confirmation e-mail shows each step.',
  'Our support team answers calls from 9:00 to 17:00 CET, Monday to Friday.',
  'If the size does not fit, you can return the item within 30 days of delivery.',
  'I have updated the delivery address on your order to the one you sent.',
  'The {product} is back in stock, and I have reserved one for you until {date}.',
  'Please reply to this e-mail with a photo of the label, and I will check it with {courier}.',
  'We will never ask for your password or your full card number by e-mail.',
  'The discount code {code} gives you 10% off your next order until {date}.',
  'Your order was split into two parcels; the second one ships on {date}.',
  'I checked with our warehouse team, and your {product} was packed this morning.',
  'The invoice for order #{order} is attached as a PDF.',
  'Customs charges for your country are included in the price you paid.',
  'I have cancelled the duplicate order, and you will not be charged twice.',
  'The care label recommends washing the {product} at 30 degrees.',
  'If anything else comes up, just reply to this e-mail and it will reach me directly.',
  'Thank you for your patience while I looked into this.',
  'Your account now uses the new e-mail address you asked for.',
  'The replacement will be handed to {courier} on {date}, and you will receive the tracking link that day.',
  'I have added a note to your account so my colleagues can see what we agreed.',
  'Our returns portal prints a prepaid label for you in two steps.',
  'The warranty on the {product} covers manufacturing faults for two years from delivery.',
  'I would be glad to help you choose a different colour.',
  'You will receive an e-mail when the refund has been processed.',
  'I understand how frustrating a late parcel is before a trip.',
  'Your subscription renews on {date}, and you can cancel it from your account page at any time.',
]

export const PROBLEMS = [
  'We will ship your {product} soon.',
  'It should arrive in a few days.',
  'Someone from the team will get back to you ASAP.',
  'We will look into it and get back to you.',
  'Maybe the courier lost it.',
  'I think the refund will probably go through next week.',
  'You forgot to add the flat number to the address.',
  'As I already explained, the item cannot be exchanged.',
  'You need to read our policy before ordering.',
  'Obviously the size chart was on the product page.',
  'Relax, your parcel is not lost.',
  'We regret any upset this may have caused you.',
  'PLEASE READ THIS BEFORE REPLYING!!!',
  'No worries, we will touch base with the warehouse and circle back.',
  'Sit tight, the new stock is in the pipeline.',
  'Hey guys, thanks for the order!',
  'Dear Sir, thank you for your order.',
  'This blender is guaranteed to never break, no matter what.',
  'Could you type your card number and security code here so I can verify the charge?',
  'Discounted items can never be returned or refunded.',
  'This hand cream heals dermatitis within a week.',
  'The courier is useless, and delays are not our problem.',
  'The price is a small fee on top of shipping.',
  'We take complete responsibility for any damage to your kitchen.',
]

/** Markdown extras: a heading and a list, as in help-centre macros. */
export const MARKDOWN_HEADINGS = ['## Your order', '## What happens next', '### Returns', '## Delivery update']
export const LIST_ITEMS = ['Order number: #{order}', 'Courier: {courier}', 'Expected delivery: {date}', 'Refund: {amount} EUR', 'Item: {product}']
