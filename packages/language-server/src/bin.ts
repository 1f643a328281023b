/**
 * `cchc-language-server --stdio`: the server over standard input and
 * output, as editors start it.
 *
 * @since 0.1.0
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node"
import { startServer } from "./server.js"

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe"]
const USAGE = "Usage: cchc-language-server --stdio\n"

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  process.stdout.write(USAGE)
} else if (
  !process.argv.slice(2).some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))
) {
  process.stderr.write(`cchc-language-server: no transport given.\n${USAGE}`)
  process.exitCode = 2
} else {
  // The transport comes from the command line (--stdio, --node-ipc, …).
  startServer(createConnection(ProposedFeatures.all))
}
