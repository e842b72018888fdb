import { isValidElement, type ReactElement } from "react";
import { readDigest } from "./outcome";

/**
 * Resolves what a server component tree puts in front of the browser, without a browser: server
 * components (sync or async) are called and their output resolved in turn; a client component
 * (it calls a hook, which throws outside React) stays a leaf whose props are kept, because its
 * props are exactly what the server sends to the browser for it. The result is plain data to
 * search for another tenant's ids and names.
 */
export async function resolveTree(node: unknown, depth = 0): Promise<unknown> {
  if (depth > 200) throw new Error("component tree deeper than 200 levels");
  if (node === null || node === undefined || typeof node === "boolean") return null;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (typeof node === "function") return `[function ${node.name}]`;
  if (typeof node === "symbol") return String(node);
  if (node instanceof Date) return node.toISOString();
  if (node instanceof Promise) return resolveTree(await node, depth + 1);
  if (Array.isArray(node)) return Promise.all(node.map((n) => resolveTree(n, depth + 1)));
  if (isValidElement(node)) return resolveElement(node as ReactElement<Record<string, unknown>>, depth);
  if (typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = await resolveTree(value, depth + 1);
    return out;
  }
  return String(node);
}

function isHookOutsideRender(error: unknown): boolean {
  return error instanceof TypeError && /reading 'use[A-Za-z]*'|Invalid hook call/.test(error.message);
}

async function resolveElement(element: ReactElement<Record<string, unknown>>, depth: number): Promise<unknown> {
  const { type, props } = element;
  if (typeof type === "function" && !(type.prototype && "render" in type.prototype)) {
    let output: unknown;
    try {
      output = (type as (p: unknown) => unknown)(props);
    } catch (error) {
      if (readDigest(error) || !isHookOutsideRender(error)) throw error;
      return { client: type.name || "anonymous", props: await resolveTree(props, depth + 1) };
    }
    return { component: type.name || "anonymous", output: await resolveTree(output, depth + 1) };
  }
  const name = typeof type === "string" ? type : typeof type === "symbol" ? String(type) : ((type as { displayName?: string })?.displayName ?? "element");
  return { element: name, props: await resolveTree(props, depth + 1) };
}
