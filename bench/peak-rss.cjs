// Preloaded into the CLI's processes by the benchmark (NODE_OPTIONS=--require):
// appends the process's peak resident set size, in KiB, to the file named
// by CCHC_BENCH_RSS_FILE when the process exits.
const { appendFileSync } = require("node:fs")
const file = process.env.CCHC_BENCH_RSS_FILE
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`))
