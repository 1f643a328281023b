import { describe, expect, test } from "vitest"
import { anchorGlob, matchesAnyGlob } from "./glob.js"

describe("anchored globs", () => {
  test("are relative to the configuration's folder", () => {
    expect(matchesAnyGlob([anchorGlob("/repo", "drafts/**")], "/repo/drafts/a/b.txt")).toBe(true)
    expect(matchesAnyGlob([anchorGlob("/repo", "drafts/**")], "/other/drafts/b.txt")).toBe(false)
  })

  test("a bare name matches at any depth, a trailing slash means a folder", () => {
    expect(matchesAnyGlob([anchorGlob("/repo", "*.md")], "/repo/x/y/readme.md")).toBe(true)
    expect(matchesAnyGlob([anchorGlob("/repo", "old/")], "/repo/old/2019/a.txt")).toBe(true)
  })

  test("folder names with glob characters are taken literally", () => {
    expect(matchesAnyGlob([anchorGlob("/repo/[2024] (draft)", "*.txt")], "/repo/[2024] (draft)/a.txt")).toBe(
      true
    )
    expect(matchesAnyGlob([anchorGlob("/repo/[2024] (draft)", "*.txt")], "/repo/2/a.txt")).toBe(false)
  })
})
