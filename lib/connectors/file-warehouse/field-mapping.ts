/**
 * Mappings typed in the wizard as "key=value" pairs separated by commas, semicolons or new
 * lines ("ordernumber=OrderNo; sku=ArticleNo"). One text field keeps the form simple; the
 * parser below is the only reader.
 */
export function parsePairs(text: string | undefined): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of (text ?? "").split(/[,;\n]/)) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key && value) pairs.set(key, value);
  }
  return pairs;
}

/** Checks a pairs field: every entry has a key and a value, and keys are allowed. Returns an error text or null. */
export function pairsProblem(text: string, allowedKeys?: readonly string[], allowedValues?: readonly string[]): string | null {
  for (const part of text.split(/[,;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) return `"${part}" is not of the form name=value`;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (allowedKeys && !allowedKeys.includes(key)) return `unknown field "${key}" (known: ${allowedKeys.join(", ")})`;
    if (allowedValues && !allowedValues.includes(value)) return `"${value}" is not one of ${allowedValues.join(", ")}`;
  }
  return null;
}
