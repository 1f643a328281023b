/**
 * The worker thread of `cchc lint --concurrency N`: checks the files it is
 * sent, one at a time, and posts each outcome back. It never writes: a
 * fixed text goes back to the main thread, which writes it.
 *
 * @since 0.1.0
 */
import { parentPort } from "node:worker_threads"
import { checkFile, type LintTask } from "./lint/lint-file.js"

parentPort?.on("message", async ({ id, task }: { id: number; task: LintTask }) => {
  try {
    parentPort!.postMessage({ id, outcome: await checkFile(task) })
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
