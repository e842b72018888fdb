/** wemalo's feeds page from 0 and say `additionalPage` while more rows exist [M1]. */
export function page<T>(rows: T[], query: URLSearchParams, pageSize: number): { page: number; additionalPage: boolean; rows: T[] } {
  const requested = Number(query.get("page") ?? "0");
  const current = Number.isInteger(requested) && requested >= 0 ? requested : 0;
  const start = current * pageSize;
  return { page: current, additionalPage: rows.length > start + pageSize, rows: rows.slice(start, start + pageSize) };
}
