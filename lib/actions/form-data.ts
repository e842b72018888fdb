/**
 * A string field of a submitted form, or "" when it is missing or a file. NUL characters are
 * dropped: they are never meant in a form, and Postgres refuses them in text and JSON, which
 * would turn a typo into a failed save.
 */
export function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value.replaceAll("\u0000", "") : "";
}
