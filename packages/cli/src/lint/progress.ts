/**
 * A progress bar on a terminal, for long runs.
 *
 * @since 0.1.0
 */
import type { OutputStream } from "../io.js"

/**
 * A progress display: `tick` after each file, `done` at the end.
 *
 * @since 0.1.0
 * @category lint
 */
export interface Progress {
  tick(): void
  done(): void
}

/** Fewer files than this finish too fast to need a bar. */
export const PROGRESS_MIN_FILES = 50

const WIDTH = 30

/**
 * A bar on `stream` (`[████░░░░] 340/1000 files`), redrawn at most ten
 * times a second and erased at the end; a no-op unless `stream` is a
 * terminal and there are at least {@link PROGRESS_MIN_FILES} files.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { createProgress } from "@cchc/cli"
 * const progress = createProgress(process.stderr, 1000)
 * progress.tick()
 * progress.done()
 * ```
 */
export const createProgress = (stream: OutputStream, total: number): Progress => {
  if (stream.isTTY !== true || total < PROGRESS_MIN_FILES)
    return { tick: () => undefined, done: () => undefined }
  let count = 0
  let last = 0
  const draw = () => {
    const filled = Math.round((count / total) * WIDTH)
    stream.write(`\r[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${count}/${total} files`)
  }
  return {
    tick: () => {
      count++
      const now = Date.now()
      if (now - last >= 100 || count === total) {
        last = now
        draw()
      }
    },
    done: () => stream.write("\r\u001b[K")
  }
}
