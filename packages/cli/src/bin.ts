/**
 * The `cchc` executable.
 *
 * @since 0.1.0
 */
import { runCli } from "./cli.js"

// A reader that stops early (`cchc lint | head`) closes the pipe: stop
// quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await runCli(process.argv.slice(2))
