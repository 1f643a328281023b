/**
 * `@cchc/docx`: reads a .docx (Office Open XML) of a Vietnamese
 * administrative document: its text as a .txt of it gives it, with the
 * effective formatting of every paragraph and run (resolved through the
 * styles as Word does), the page setup and the package facts, mapped to
 * text offsets; and writes a fixed copy by editing the original XML in
 * place. Built on fflate and saxes, with no Node-only API, so it runs in
 * a browser too; limits are checked before anything is inflated.
 *
 * @since 0.1.0
 */
export type { DocxOutcome, DocxProblem } from "./docx-problem.js"
export * from "./limits.js"
export * from "./read-docx.js"
export * from "./fix-docx.js"
