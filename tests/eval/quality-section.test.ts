import { describe, expect, it } from 'vitest'
import { qualitySection } from '../../scripts/eval/quality-page.js'

describe('qualitySection', () => {
  it('keeps the development set in its own section', () => {
    expect(qualitySection('../shared/eval/dev.jsonl')).toEqual({ id: 'dev-set', title: 'Development set' })
  })

  it('gives each project set its own section, so a holdout run never overwrites the dev set', () => {
    const section = qualitySection('eval/holdout-5.jsonl')
    expect(section.id).toBe('set-holdout-5')
    expect(section.title).toBe('Project set `eval/holdout-5.jsonl`')
    expect(section.note).toContain('eval/README.md')
  })
})
