/**
 * Filling `{name}` placeholders of message templates.
 */

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g

/** Replaces each `{name}` in `template` with `data[name]`; unknown names stay as written. */
export const fillMessage = (
  template: string,
  data: Readonly<Record<string, string | number>> | undefined
): string =>
  data === undefined
    ? template
    : template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole))
