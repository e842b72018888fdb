export interface JsonCallResult {
  status: number;
  /** The parsed answer, or undefined when it is not JSON (see `text`). */
  body: any;
  text: string;
  headers: Headers;
}

/** One request to a simulator over real HTTP, as the tests' harnesses make it. */
export async function callJson(url: string, method: string, options: { body?: unknown; authorization?: string; mediaType?: string } = {}): Promise<JsonCallResult> {
  const mediaType = options.mediaType ?? "application/json";
  const headers: Record<string, string> = { accept: mediaType };
  if (options.authorization) headers.authorization = options.authorization;
  if (options.body !== undefined) headers["content-type"] = mediaType;
  const res = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}
