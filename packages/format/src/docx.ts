/**
 * `@cchc/format/docx`: the Word (.docx) writer, `renderDocx` and
 * `buildDocx`. It has its own entry point because it brings the `docx`
 * library (about 100 KB minified): a web app that only formats a
 * place-date line or a signature block does not download it.
 *
 * @since 0.2.0
 */
export * from "./render/render-docx.js"
