/// <reference lib="dom" />
// The playground page: the SDK linting in the browser. The text never
// leaves the page: it is parsed and checked here, fixed here, and the
// download is a blob made here.
import { parseDocument } from "@cchc/core/parser"
import { fixUntilStable, lintResolved, resolveLintConfig, type ResolvedConfig } from "@cchc/rules/engine"

const byTestId = <T extends HTMLElement>(id: string): T => document.querySelector<T>(`[data-testid="${id}"]`)!

const input = byTestId<HTMLTextAreaElement>("input")
const file = byTestId<HTMLInputElement>("file")
const fix = byTestId<HTMLButtonElement>("fix")
const download = byTestId<HTMLButtonElement>("download")
const list = byTestId<HTMLOListElement>("diagnostics")
const summary = byTestId<HTMLSpanElement>("summary")

const resolved = resolveLintConfig({ extends: "recommended" })
if (resolved._tag === "Failure") throw new Error(String(resolved.failure))
const config: ResolvedConfig = resolved.success
let fileName = "van-ban.txt"

const check = (text: string) => lintResolved(parseDocument(text), text, config)

const show = (): void => {
  const { diagnostics } = check(input.value)
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const item = document.createElement("li")
      item.dataset["testid"] = "diagnostic"
      item.dataset["rule"] = d.ruleId
      item.dataset["line"] = String(d.span.start.line)
      item.className = d.severity
      const where = document.createElement("code")
      where.textContent = `${d.span.start.line}:${d.span.start.column} ${d.ruleId}`
      item.append(where, " ", d.message)
      return item
    })
  )
  const fixable = diagnostics.filter((d) => d.fix?.tier === "safe").length
  fix.disabled = fixable === 0
  summary.textContent =
    diagnostics.length === 0
      ? "Không có lỗi."
      : `${diagnostics.length} phát hiện, ${fixable} sửa được an toàn.`
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener("input", () => {
  clearTimeout(timer)
  timer = setTimeout(show, 150)
})

file.addEventListener("change", async () => {
  const chosen = file.files?.[0]
  if (chosen === undefined) return
  fileName = chosen.name
  input.value = await chosen.text()
  show()
})

fix.addEventListener("click", () => {
  input.value = fixUntilStable(input.value, check).output
  show()
})

download.addEventListener("click", () => {
  const url = URL.createObjectURL(new Blob([input.value], { type: "text/plain;charset=utf-8" }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
})

show()
