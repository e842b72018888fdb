/**
 * Lookups in the link's mapping dictionaries (SKU map, shipping methods), whose keys are whatever
 * a shop calls its SKUs and methods. A plain `map[key]` would answer Object.prototype's members
 * for a SKU named "constructor" or "toString", and `map[key] = v` would replace the prototype
 * for "__proto__"; these treat every key as data.
 */
export function mappedValue(map: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (!map || !Object.hasOwn(map, key)) return undefined;
  const value = map[key];
  return typeof value === "string" ? value : undefined;
}

/** Sets `key` as an own property, "__proto__" included. */
export function setMapped(map: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
