import { parseDocument } from "./packages/core/src/index.js"
import * as D from "./tests/regimes/documents.js"
for (const [name, text] of Object.entries(D)) {
  const d = parseDocument(text)
  console.log(name, d.regime.kind, d.regime.original, d.regime.signals.map(s => s.cue).join(","), JSON.stringify({ kind: d.kind, title: d.title && [d.title.name, d.title.summary], auth: d.signature?.authority.map(a => a.prefix + "|" + a.on), sig: d.signature?.title, rec: d.recipients?.items.length, end: !!d.endMark, copy: d.copy && [d.copy.form, d.copy.issuer, d.copy.number?.raw, d.copy.placeDate?.raw, d.copy.recipients?.items.length, d.copy.signature?.authority.map(a=>a.on), d.copy.signature?.signer] }))
}
