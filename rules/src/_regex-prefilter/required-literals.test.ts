import { describe, expect, it } from 'vitest'
import { literalPrefilter, prefilterLiterals, requiredLiterals } from './required-literals.js'
import { PREFILTER_LITERALS } from '../generated/prefilters.js'
import { prefilterSources as holidaySources } from '../no-presumptuous-holiday-greeting/prefilter.js'
import { HOLIDAYS } from '../no-presumptuous-holiday-greeting/holidays.js'

describe('requiredLiterals', () => {
  it('reads a plain literal', () => {
    expect(requiredLiterals('deck the halls')).toEqual(['deck the halls'])
  })

  it('spells a short run of alternatives and optional words out', () => {
    expect(requiredLiterals('(?:jolly|hoppy) (?:easter|xmas)')?.sort()).toEqual(['hoppy easter', 'hoppy xmas', 'jolly easter', 'jolly xmas'])
    expect(requiredLiterals("santa(?:'s)? elves")?.sort()).toEqual(["santa elves", "santa's elves"])
  })

  it('spells small character classes and exact repeats', () => {
    expect(requiredLiterals('no[eë]l')?.sort()).toEqual(['noel', 'noël'])
    expect(requiredLiterals('ho{2}p')).toEqual(['hoop'])
  })

  it('keeps one side of text it cannot read, never the unknown part', () => {
    expect(requiredLiterals('merry\\s+christmas')).toEqual(['christmas'])
    expect(requiredLiterals('\\d+ days? of christmas')).toEqual([' of christmas'])
    expect(requiredLiterals('xmas|\\w+mas')).toEqual(['mas'])
    expect(requiredLiterals('(?<![\\p{L}\\p{N}])eid mubarak(?![\\p{L}])')).toEqual(['eid mubarak'])
  })

  it('prefers a rare literal to common words', () => {
    // "have a " is in most messages, "diwali" in few; "happy" is common too.
    expect(requiredLiterals('(?:happy|hoppy) (?:easter|xmas)')?.sort()).toEqual(['easter', 'xmas'])
    expect(requiredLiterals('(?:have|wish you) an? (?:happy|bright) (?:diwali|holi)')?.sort()).toEqual(['diwali', 'holi'])
  })

  it('needs a literal in every branch', () => {
    expect(requiredLiterals('xmas|\\w+')).toBeUndefined()
    expect(requiredLiterals('(?:merry )?christmas|easter')?.sort()).toEqual(['christmas', 'easter'])
    expect(requiredLiterals('xmas|')).toBeUndefined()
  })

  it('treats lookarounds, boundaries and optional or starred text as requiring nothing', () => {
    expect(requiredLiterals('(?=xmas)')).toBeUndefined()
    expect(requiredLiterals('\\bxmas\\b')).toEqual(['xmas'])
    expect(requiredLiterals('(?:xmas)?')).toBeUndefined()
    expect(requiredLiterals('x*')).toBeUndefined()
    expect(requiredLiterals('(?:xmas)+')).toEqual(['xmas'])
  })

  it('drops literals that contain a shorter one', () => {
    expect(requiredLiterals('xmas|merry xmas')).toEqual(['xmas'])
  })

  it('refuses what it cannot parse instead of guessing', () => {
    expect(() => requiredLiterals('(?:xmas')).toThrow(/unbalanced group/)
    expect(() => requiredLiterals('[xmas')).toThrow(/unclosed class/)
  })
})

describe('literalPrefilter', () => {
  it('is false only where no source can match', () => {
    const sources = ['merry (?:christmas|xmas)', 'happy (?:diwali|holi)']
    const mayMatch = literalPrefilter(prefilterLiterals(sources))
    const full = new RegExp(sources.join('|'))
    for (const text of ['we wish you a merry xmas', 'happy holidays', 'your parcel ships today', 'merry\nchristmas', 'happy diwali!']) {
      if (full.test(text)) expect(mayMatch(text)).toBe(true)
    }
    expect(mayMatch('your parcel ships today')).toBe(false)
  })

  it('tests the literals as plain text', () => {
    const mayMatch = literalPrefilter(prefilterLiterals(['st\\. nicholas day', 'a\\+ service']))
    expect(mayMatch('happy st. nicholas day')).toBe(true)
    expect(mayMatch('happy stx nicholas day')).toBe(false)
    expect(mayMatch('an a+ service')).toBe(true)
    expect(mayMatch('an aa service')).toBe(false)
  })

  it('lets everything through when one source requires no literal', () => {
    expect(prefilterLiterals(['xmas', '\\w+'])).toBeUndefined()
    expect(literalPrefilter(prefilterLiterals(['xmas', '\\w+']))('nothing festive')).toBe(true)
  })

  it('rules out an ordinary sentence for every holiday mention', () => {
    const sources = HOLIDAYS.flatMap((holiday) => [...holiday.greetings, ...holiday.themes, ...(holiday.imagery ?? [])]).map((s) => s.toLowerCase())
    const mayMention = literalPrefilter(prefilterLiterals(sources))
    expect(mayMention('your parcel left our warehouse today and arrives within 3 business days.')).toBe(false)
    expect(mayMention('we wish you a blessed eid al-adha')).toBe(true)
    expect(mayMention('tis the season for savings')).toBe(true)
  })

  it('is generated for each rule folder with a prefilter.ts, as the rule\'s sources give it', () => {
    expect(Object.keys(PREFILTER_LITERALS)).toEqual(['no-presumptuous-holiday-greeting'])
    expect(PREFILTER_LITERALS['no-presumptuous-holiday-greeting']).toEqual(prefilterLiterals(holidaySources))
    expect(PREFILTER_LITERALS['no-presumptuous-holiday-greeting']).toContain('xmas')
  })
})
