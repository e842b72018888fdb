/** A string field of a submitted form, or "" when it is missing or a file. */
export function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}
