/** What a search starts with, as the search columns hold it (lower case, trimmed). */
export function searchPrefix(text: string): string {
  return text.trim().toLowerCase();
}
