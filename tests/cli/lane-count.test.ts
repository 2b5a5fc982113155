import { describe, expect, it } from 'vitest'
import { laneCount, TWO_CORE_THRESHOLD, WORKER_THRESHOLD } from '../../packages/cli/src/lane-count.js'

const quiet = { cores: 4, load: 0.5 }

describe('laneCount', () => {
  it('auto: the main thread alone up to the threshold, a lane per core but one above it', () => {
    expect(laneCount('auto', WORKER_THRESHOLD, quiet)).toBe(1)
    expect(laneCount('auto', WORKER_THRESHOLD + 1, quiet)).toBe(3)
  })

  it('auto: on two cores, whose second V8 keeps partly busy with its own threads, both only for a large run', () => {
    expect(laneCount('auto', TWO_CORE_THRESHOLD, { cores: 2, load: 0 })).toBe(1)
    expect(laneCount('auto', TWO_CORE_THRESHOLD + 1, { cores: 2, load: 0.9 })).toBe(2)
    expect(laneCount('auto', 100_000, { cores: 2, load: 1 })).toBe(1)
    expect(laneCount('auto', 1000, { cores: 3, load: 0 })).toBe(2)
    expect(laneCount('auto', 1000, { cores: 4, load: 2 })).toBe(1)
    expect(laneCount('auto', TWO_CORE_THRESHOLD + 1, { cores: 4, load: 2 })).toBe(2)
  })

  it('auto: fewer lanes when other work already keeps cores busy', () => {
    expect(laneCount('auto', 1000, { cores: 8, load: 2.5 })).toBe(5)
    expect(laneCount('auto', 1000, { cores: 4, load: 1.2 })).toBe(2)
    expect(laneCount('auto', 1000, { cores: 4, load: 2 })).toBe(1)
    expect(laneCount('auto', 1000, { cores: 4, load: 5.7 })).toBe(1)
  })

  it('off and explicit counts do as told, never more lanes than files', () => {
    expect(laneCount('off', 1000, quiet)).toBe(1)
    expect(laneCount(3, 1000, { cores: 2, load: 9 })).toBe(3)
    expect(laneCount(8, 5, quiet)).toBe(5)
    expect(laneCount(2, 1, quiet)).toBe(1)
  })
})
