export * from "./document-kinds.js"
export * from "./metric-units.js"
