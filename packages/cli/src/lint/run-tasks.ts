/**
 * Running lint tasks: on the main thread, or spread over worker threads
 * for large batches.
 *
 * @since 0.1.0
 */
import { Worker } from "node:worker_threads"
import { lintFile, problemMessage, type LintTask, type TaskOutcome } from "./lint-file.js"

/**
 * Called once per finished task, with its index in the task list.
 *
 * @since 0.1.0
 * @category lint
 */
export type OnOutcome = (index: number, outcome: TaskOutcome) => void

/** Files read ahead on the main thread, so reading overlaps checking. */
const IN_PROCESS_PARALLELISM = 4

const failed = (task: LintTask, reason: string): TaskOutcome => ({
  kind: "done",
  key: null,
  result: {
    path: task.path,
    isDocument: false,
    fixed: false,
    crossFile: null,
    messages: [problemMessage({ id: "unreadable", message: `internal error while checking this file: ${reason}` })]
  }
})

const runInProcess = async (tasks: ReadonlyArray<LintTask>, onOutcome: OnOutcome): Promise<void> => {
  let next = 0
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++
      const task = tasks[index]!
      onOutcome(index, await lintFile(task).catch((error: unknown) => failed(task, error instanceof Error ? error.message : String(error))))
    }
  }
  await Promise.all(Array.from({ length: Math.min(IN_PROCESS_PARALLELISM, tasks.length) }, lane))
}

const runInWorkers = (tasks: ReadonlyArray<LintTask>, workers: number, onOutcome: OnOutcome): Promise<void> =>
  new Promise((resolve, reject) => {
    let next = 0
    let finished = 0
    const pool: Array<Worker> = []
    const done = () => {
      for (const worker of pool) void worker.terminate()
      resolve()
    }
    const start = (): void => {
      const worker = new Worker(new URL("./lint-worker.js", import.meta.url))
      let current = -1
      const feed = () => {
        if (next >= tasks.length) {
          current = -1
          return
        }
        current = next++
        worker.postMessage({ id: current, task: tasks[current] })
      }
      worker.on("message", (message: { id: number; outcome?: TaskOutcome; error?: string }) => {
        onOutcome(message.id, message.outcome ?? failed(tasks[message.id]!, message.error ?? "unknown"))
        finished++
        if (finished === tasks.length) done()
        else feed()
      })
      worker.on("error", (error) => {
        // The worker died: its file gets a message, a new worker takes over.
        pool.splice(pool.indexOf(worker), 1)
        if (current !== -1) {
          onOutcome(current, failed(tasks[current]!, error.message))
          finished++
        }
        if (finished === tasks.length) done()
        else if (pool.length === 0 && next >= tasks.length) reject(error)
        else start()
      })
      pool.push(worker)
      feed()
    }
    for (let i = 0; i < workers; i++) start()
  })

/**
 * Runs every task and reports each outcome as it arrives (not in order).
 * With `concurrency` above 1 and more than one task, the work is spread
 * over that many worker threads (`dist/lint-worker.js`); otherwise it runs
 * on the main thread, reading a few files ahead.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { runTasks } from "@cchc/cli"
 * const outcomes: Array<unknown> = []
 * await runTasks([], 2, (i, outcome) => (outcomes[i] = outcome))
 * ```
 */
export const runTasks = async (tasks: ReadonlyArray<LintTask>, concurrency: number, onOutcome: OnOutcome): Promise<void> => {
  if (tasks.length === 0) return
  if (concurrency <= 1 || tasks.length === 1) return runInProcess(tasks, onOutcome)
  return runInWorkers(tasks, Math.min(concurrency, tasks.length), onOutcome)
}
