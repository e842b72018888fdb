import type { Route } from "./context";

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/**
 * First route whose pattern fits. `:…Id` segments only match digits, so static paths such as
 * /rest/orders/statuses never fall into /rest/orders/:orderId.
 */
export function matchRoute(routes: Route[], method: string, path: string): Match | "method-not-allowed" | undefined {
  const segments = path.replace(/\/+$/, "").split("/");
  let pathKnown = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method === method) return { route, params };
  }
  return pathKnown ? "method-not-allowed" : undefined;
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split("/");
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const seg = segments[i] ?? "";
    if (part.startsWith(":")) {
      if (part.endsWith("Id") && !/^\d+$/.test(seg)) return undefined;
      params[part.slice(1)] = decodeURIComponent(seg);
    } else if (part !== seg) {
      return undefined;
    }
  }
  return params;
}
