/**
 * `tsx fuzz/minimize.ts FAILURE.json`: shrinks the input of a failure
 * written by `pnpm fuzz` (lines first, then characters) while the same
 * property still fails, and prints it, ready for a regression test.
 */
import { readFileSync } from "node:fs"
import { core, legacy, rules } from "../bench/sdk.js"
import { checkInput, PropertyViolation } from "./properties.js"

const failure = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as {
  property: string
  input: { text: string }
}
const sdk = { core, rules, legacy }

const fails = (text: string): boolean => {
  try {
    checkInput(sdk, text)
    return false
  } catch (error) {
    return error instanceof PropertyViolation && error.property === failure.property
  }
}

// Delta debugging over a list of pieces: drop chunks while it still fails.
const reduce = (pieces: Array<string>, join: string): Array<string> => {
  let chunk = Math.max(1, pieces.length >> 1)
  while (chunk >= 1) {
    let removed = false
    for (let i = 0; i + chunk <= pieces.length;) {
      const candidate = [...pieces.slice(0, i), ...pieces.slice(i + chunk)]
      if (fails(candidate.join(join))) {
        pieces = candidate
        removed = true
      } else i += chunk
    }
    if (!removed) chunk >>= 1
  }
  return pieces
}

if (!fails(failure.input.text)) {
  console.error("the input no longer fails")
  process.exit(1)
}
const lines = reduce(failure.input.text.split("\n"), "\n")
const chars = reduce([...lines.join("\n")], "")
const text = chars.join("")
try {
  checkInput(sdk, text)
} catch (error) {
  console.log(JSON.stringify(text))
  console.log(error instanceof Error ? error.message : String(error))
}
