import { describe, expect, it } from 'vitest'
import { hasEntity } from './entities.js'

describe('timezone entity', () => {
  it('reads abbreviations, offsets and "your local time"', () => {
    expect(hasEntity('timezone', 'open until 17:00 CET')).toBe(true)
    expect(hasEntity('timezone', 'from 10:00 UTC+4')).toBe(true)
    expect(hasEntity('timezone', 'at 3pm your local time')).toBe(true)
    expect(hasEntity('timezone', 'by 5 pm ET tomorrow')).toBe(true)
    expect(hasEntity('timezone', 'until 6pm PT')).toBe(true)
  })

  it('reads spelled-out zones', () => {
    expect(hasEntity('timezone', 'from 10:00 to 16:00 Gulf Standard Time')).toBe(true)
    expect(hasEntity('timezone', 'between 9 and 11 am Eastern Time')).toBe(true)
    expect(hasEntity('timezone', 'until 5pm UK time')).toBe(true)
    expect(hasEntity('timezone', 'from 10:00 to 16:00 (UAE time)')).toBe(true)
    expect(['reply by 16:00 SAST today', 'at 9:00 WIB', 'until 18:00 PHT'].map((text) => hasEntity('timezone', text))).toEqual([true, true, true])
    expect(['by 14:00 EAT today', 'until 17:00 CAT', 'from 9:00 IRST'].map((text) => hasEntity('timezone', text))).toEqual([true, true, true])
    expect(['9:00 to 18:00 (Brasília time)', 'until 17:00 Zürich time', 'by noon Québec time'].map((text) => hasEntity('timezone', text))).toEqual([true, true, true])
  })

  it('does not take ordinary "… time" phrases for a zone', () => {
    expect(hasEntity('timezone', 'Delivery time is 3 days.')).toBe(false)
    expect(hasEntity('timezone', 'Thanks for your time.')).toBe(false)
    expect(hasEntity('timezone', 'For a Limited Time only')).toBe(false)
    expect(hasEntity('timezone', 'Our opening time is 9am.')).toBe(false)
  })
})

describe('time entity', () => {
  it('reads clock times with a colon, a dot or an h', () => {
    expect(['at 8.50', 'by 17:00', 'from 9h30', 'at 3 pm', 'before noon'].map((text) => hasEntity('time', text))).toEqual([true, true, true, true, true])
  })

  it('does not read prices and measures as times', () => {
    expect(['costs €8.50', 'costs € 8.50', 'is $12.99', 'costs 8.50 EUR', 'costs EUR 8.50', 'USD 10.15 was charged', 'is 8.50 euros', 'weighs 2.50 kg', 'grew 12.50%'].map((text) => hasEntity('time', text))).toEqual([false, false, false, false, false, false, false, false, false])
  })
})

describe('money entity', () => {
  it('reads a symbol before the figure, and a currency code on either side', () => {
    for (const text of ['$48', '€ 12.50', 'R$ 90', '₩30,000', 'EUR 12.50', 'MXN 1,450', '1,450 MXN', '12.50 EUR', 'CHF 39']) {
      expect(hasEntity('money', text), text).toBe(true)
    }
  })

  it('does not read tracking numbers, carriers or plain figures as money', () => {
    for (const text of ['DHL 4412 9087 33', 'order 1450', 'RMA 20931', '3 MUG sets', 'EURO 2024']) {
      expect(hasEntity('money', text), text).toBe(false)
    }
  })
})

describe('duration entity', () => {
  it('reads a bounded number of units, also of an extension', () => {
    for (const text of ['within 30 days', 'in 2-3 business days', 'up to 30 more days', 'for two extra weeks', '48 hours']) {
      expect(hasEntity('duration', text), text).toBe(true)
    }
  })

  it('does not read an unbounded amount of time as a duration', () => {
    for (const text of ['a few more days', 'more days than usual', 'some extra time']) expect(hasEntity('duration', text), text).toBe(false)
  })
})

describe('time entity in transcripts', () => {
  it('does not read a line\'s [hh:mm] stamp as a time the message names', () => {
    expect(hasEntity('time', '[14:05] Agent Laura: It will turn up eventually.')).toBe(false)
    expect(hasEntity('time', '[14:05] Agent Laura: It arrives at 16:30.')).toBe(true)
  })
})
