/** A LIKE pattern for "starts with", the user's text taken literally (%, _ and \ escaped), lower case. */
export function prefixPattern(text: string): string {
  return `${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
