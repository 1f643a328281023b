/**
 * The syntax level of every package's build.
 *
 * Not `node20`: for Node targets esbuild rewrites a regular expression
 * literal with `\p{…}` outside a character class into a
 * `new RegExp("…", "u")` call, which inside a function looks the pattern
 * up again on every call (the parser's head spent a tenth of its time
 * there). Node 20, the oldest version the packages support, runs all of
 * ES2022, so nothing else is rewritten.
 */
export const BUILD_TARGET = "es2022"
