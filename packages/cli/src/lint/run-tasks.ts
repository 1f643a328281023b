/**
 * Running lint tasks: on the main thread, or spread over worker threads
 * for large batches.
 *
 * @since 0.1.0
 */
import { Worker } from "node:worker_threads"
import { lintFile, problemMessage, writeFix, type LintTask, type TaskOutcome } from "./lint-file.js"

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
    messages: [
      problemMessage({ id: "unreadable", message: `internal error while checking this file: ${reason}` })
    ]
  }
})

const runInProcess = async (tasks: ReadonlyArray<LintTask>, onOutcome: OnOutcome): Promise<void> => {
  let next = 0
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++
      const task = tasks[index]!
      onOutcome(
        index,
        await lintFile(task).catch((error: unknown) =>
          failed(task, error instanceof Error ? error.message : String(error))
        )
      )
    }
  }
  await Promise.all(Array.from({ length: Math.min(IN_PROCESS_PARALLELISM, tasks.length) }, lane))
}

/** Tasks sent ahead to each worker, so that it never waits for the main thread. */
const WORKER_PREFETCH = 2

/**
 * Spreads the tasks over `workers` worker threads, with the main thread
 * checking files too: `--concurrency 2` is the main thread and one worker.
 * Only the main thread writes fixed files.
 */
const runInWorkers = (tasks: ReadonlyArray<LintTask>, workers: number, onOutcome: OnOutcome): Promise<void> =>
  new Promise((resolve, reject) => {
    let next = 0
    let finished = 0
    let settled = false
    const pool = new Set<Worker>()
    const take = (): number => (next < tasks.length ? next++ : -1)
    const finish = (error?: unknown) => {
      if (settled) return
      settled = true
      for (const worker of pool) void worker.terminate()
      if (error === undefined) resolve()
      else reject(error)
    }
    const complete = (index: number, outcome: TaskOutcome) => {
      onOutcome(index, outcome)
      if (++finished === tasks.length) finish()
    }
    const start = (): void => {
      const worker = new Worker(new URL("./lint-worker.js", import.meta.url))
      const inFlight = new Set<number>()
      const feed = () => {
        while (inFlight.size < WORKER_PREFETCH) {
          const index = take()
          if (index === -1) return
          inFlight.add(index)
          worker.postMessage({ id: index, task: tasks[index] })
        }
      }
      worker.on("message", (message: { id: number; outcome?: TaskOutcome; error?: string }) => {
        inFlight.delete(message.id)
        const task = tasks[message.id]!
        feed()
        // Workers check, this thread writes the fixes (see lint-worker.ts).
        void (
          message.outcome === undefined
            ? Promise.resolve(failed(task, message.error ?? "unknown"))
            : writeFix(task, message.outcome).catch((error: unknown) =>
                failed(task, error instanceof Error ? error.message : String(error))
              )
        ).then((outcome) => complete(message.id, outcome))
      })
      worker.on("error", (error) => {
        // The worker died: its files get a message, a new worker takes over.
        pool.delete(worker)
        for (const index of inFlight) complete(index, failed(tasks[index]!, error.message))
        inFlight.clear()
        if (next < tasks.length) start()
      })
      pool.add(worker)
      feed()
    }
    for (let i = 0; i < workers; i++) start()
    const mainLane = async () => {
      for (let index = take(); index !== -1; index = take()) {
        const task = tasks[index]!
        complete(
          index,
          await lintFile(task).catch((error: unknown) =>
            failed(task, error instanceof Error ? error.message : String(error))
          )
        )
      }
    }
    mainLane().catch(finish)
  })

/**
 * Runs every task and reports each outcome as it arrives (not in order).
 * With `concurrency` above 1 and more than one task, the main thread and
 * `concurrency - 1` worker threads (`dist/lint-worker.js`) share the work;
 * otherwise it runs on the main thread, reading a few files ahead.
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
export const runTasks = async (
  tasks: ReadonlyArray<LintTask>,
  concurrency: number,
  onOutcome: OnOutcome
): Promise<void> => {
  if (tasks.length === 0) return
  if (concurrency <= 1 || tasks.length === 1) return runInProcess(tasks, onOutcome)
  return runInWorkers(tasks, Math.min(concurrency, tasks.length) - 1, onOutcome)
}
