/** Shown only when a terminal watches a run this large. */
export const PROGRESS_MIN_FILES = 50

export interface Progress {
  tick(): void
  done(): void
}

const silent: Progress = { tick() {}, done() {} }

/** A single self-overwriting "linting 120/500 files" line on stderr, redrawn at most every 100 ms. */
export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number): Progress {
  if (!stderr.isTTY || total < PROGRESS_MIN_FILES) return silent
  let count = 0
  let last = 0
  const draw = () => stderr.write(`\r\u001b[2Ktactful: linting ${count}/${total} files`)
  draw()
  return {
    tick() {
      count++
      const now = Date.now()
      if (now - last >= 100 || count === total) {
        last = now
        draw()
      }
    },
    done() {
      stderr.write('\r\u001b[2K')
    },
  }
}
