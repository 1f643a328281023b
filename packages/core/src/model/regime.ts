/**
 * The regime that governs a document (which rules its form answers to),
 * with the evidence that decided it.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { REGIME_KINDS } from "../data/regimes.js"
import { Span } from "./span.js"

/**
 * A regime kind: `state` (Nghị định 30/2020), `party` (Hướng dẫn
 * 36-HD/VPTW), `normative` (văn bản quy phạm pháp luật), `national-assembly`
 * (Quốc hội, Ủy ban Thường vụ Quốc hội), `socio-political` (Nghị định 30
 * "cho phù hợp"), `specialised` (văn bản chuyên ngành, a type name outside
 * the 29 kinds) or `copy` (bản sao under its original).
 *
 * @since 0.2.0
 * @category model
 */
export const RegimeKind = Schema.Literals(REGIME_KINDS).annotate({ identifier: "RegimeKind" })

/** @since 0.2.0 @category model */
export type RegimeKind = typeof RegimeKind.Type

/**
 * One piece of evidence: `cue` is a stable id (`party-header`,
 * `party-number`, `party-signing` …), `points` the regime it speaks for,
 * `text` the words as written and `span` where they are.
 *
 * @since 0.2.0
 * @category model
 */
export const RegimeSignal = Schema.Struct({
  cue: Schema.String,
  points: RegimeKind,
  text: Schema.String,
  span: Span
}).annotate({ identifier: "RegimeSignal" })

/** @since 0.2.0 @category model */
export type RegimeSignal = typeof RegimeSignal.Type

/**
 * The regime of a document. A regime other than `state` is chosen only
 * when at least two different cues point to it (a state document that
 * signs `T/M` stays a state document, with its error); `signals` lists
 * every cue found, also those that did not decide. For a bản sao, `kind`
 * is `copy` and `original` the regime of the original above the copy
 * block; else `original` is `null`.
 *
 * @since 0.2.0
 * @category model
 */
export const Regime = Schema.Struct({
  kind: RegimeKind,
  original: Schema.NullOr(RegimeKind),
  signals: Schema.Array(RegimeSignal)
}).annotate({ identifier: "Regime" })

/** @since 0.2.0 @category model */
export type Regime = typeof Regime.Type
