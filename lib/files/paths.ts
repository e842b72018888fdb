import { posix } from "node:path";

/** Joins path parts into a relative POSIX path without leading or doubled slashes. */
export function joinPath(...parts: string[]): string {
  return posix.join(...parts.filter((p) => p !== "")).replace(/^\/+/, "").replace(/\/+$/, "");
}

export function baseName(path: string): string {
  return posix.basename(path);
}

export function dirName(path: string): string {
  const dir = posix.dirname(path);
  return dir === "." ? "" : dir;
}

/** A file name a reader skips: dot-files are our in-flight uploads (and editors' temp files). */
export function isHiddenName(name: string): boolean {
  return name.startsWith(".");
}

/** The in-flight name of an atomic upload: same folder, so the final rename never crosses devices. */
export function tempPathFor(path: string): string {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return joinPath(dirName(path), `.${baseName(path)}.${suffix}.part`);
}

/**
 * Refuses names that climb out of the root or carry control characters: file names come from
 * order numbers and merchant settings.
 */
export function assertSafePath(path: string): string {
  if (path.split("/").some((segment) => segment === "..")) throw new Error(`unsafe file path "${path}": ".." is not allowed`);
  // eslint-disable-next-line no-control-regex -- exactly the characters we refuse
  if (/[\u0000-\u001f]/.test(path)) throw new Error(`unsafe file path: control characters are not allowed`);
  return path;
}
