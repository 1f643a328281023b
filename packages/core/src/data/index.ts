/**
 * Reference data: document kinds, issuing bodies and their codes, the
 * administrative map before and after 2025, the 2025 mergers, CCHC
 * indicators and replaced instruments. Plain readonly data and small pure
 * functions; nothing is decoded at load time.
 *
 * @since 0.1.0
 */
export * from "./cchc-areas.js"
export * from "./cchc-report-profile.js"
export * from "./communes-2025.js"
export * from "./departments-2025.js"
export * from "./document-kinds.js"
export * from "./indicators.js"
export * from "./issuer-codes.js"
export * from "./local-levels.js"
export * from "./metric-units.js"
export * from "./provinces.js"
export * from "./superseded.js"
export * from "./superseded-laws.js"
export * from "./units.js"
export * from "./regimes.js"
export * from "./kind-codes.js"
