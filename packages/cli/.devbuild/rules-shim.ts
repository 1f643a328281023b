export * from "../../rules/src/index.ts"
export { checkCitationsAcrossFiles } from "../../rules/src/cross-file.ts"
