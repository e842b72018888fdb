import type { LinkProductsFilter } from "./filters";

/** The filter as URL parameters (the names parseLinkProductsFilter reads), plus any extra ones. */
export function productsFilterParams(filter: LinkProductsFilter, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.state) params.set("state", filter.state);
  if (filter.drift) params.set("drift", "1");
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

export function hasProductsFilter(filter: LinkProductsFilter): boolean {
  return Boolean(filter.q || filter.state || filter.drift);
}

/** A path with the filter's query string, or the bare path without one. */
export function withProductsFilter(path: string, filter: LinkProductsFilter, extra: Record<string, string | undefined> = {}): string {
  const query = productsFilterParams(filter, extra).toString();
  return query ? `${path}?${query}` : path;
}
