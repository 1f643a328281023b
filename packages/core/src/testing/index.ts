/**
 * `@cchc/core/testing`: fast-check arbitraries of the model, so that users
 * can property-test their own tools with valid and invalid documents.
 * Requires `fast-check` (a peer dependency).
 *
 * @since 0.1.0
 */
export * from "./arbitraries.js"
export * from "./document-spec-arbitrary.js"
