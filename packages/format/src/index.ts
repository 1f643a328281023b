/**
 * `@cchc/format`: builders for the standard blocks of Vietnamese
 * administrative documents (văn bản hành chính) under Nghị định
 * 30/2020/NĐ-CP, and renderers of a whole `DocumentSpec` to text,
 * Markdown, HTML and .docx.
 *
 * @since 0.1.0
 */
export * from "./builders/builder-input-error.js"
export * from "./builders/date-parts.js"
export * from "./builders/format-date.js"
export * from "./builders/format-place-date.js"
export * from "./builders/format-document-number.js"
export * from "./builders/format-citation.js"
export * from "./builders/format-vietnamese-number.js"
export * from "./builders/format-national-header.js"
export * from "./builders/format-issuer-header.js"
export * from "./builders/format-title.js"
export * from "./builders/signature-chain-error.js"
export * from "./builders/signing-target.js"
export * from "./builders/format-signature-block.js"
export * from "./builders/format-recipients.js"
export * from "./builders/format-kinh-gui.js"
export * from "./builders/signature-for.js"
export * from "./builders/recipients-for.js"

export * from "./layout/section-labels.js"
export * from "./layout/end-mark.js"
export * from "./layout/invalid-document-spec-error.js"
export * from "./layout/layout-document.js"

export * from "./render/page-setup.js"
export * from "./render/text-width.js"
export * from "./render/issuer-lines.js"
export * from "./render/render-text.js"
export * from "./render/render-markdown.js"
export * from "./render/render-html.js"
export * from "./convert/to-document-spec.js"
