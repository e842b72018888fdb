/**
 * Redaction for the request log. Anything that names a secret is replaced, at any depth:
 * headers, query parameters, JSON fields, form fields, and known secret values anywhere in text.
 */
export const REDACTED = "[redacted]";

const secretName = /(secret|passw(or)?d|pwd|token|api[-_]?key|authori[sz]ation|credential|signature|private[-_]?key|cookie|session|client[-_]?key)/i;

const secretHeaders = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token"]);

export function isSecretName(name: string): boolean {
  return secretName.test(name);
}

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [key, value] of entries) {
    out[key.toLowerCase()] = secretHeaders.has(key.toLowerCase()) || isSecretName(key) ? REDACTED : value;
  }
  return out;
}

export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return String(url).replace(/([?&][^=&]*(?:secret|password|token|key)[^=&]*=)[^&]*/gi, `$1${REDACTED}`);
  }
  if (parsed.username || parsed.password) {
    parsed.username = parsed.username ? "redacted" : "";
    parsed.password = parsed.password ? "redacted" : "";
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (isSecretName(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 20) return "[too deep]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = isSecretName(key) && v !== null && v !== undefined && v !== "" ? REDACTED : redactValue(v, depth + 1);
    }
    return out;
  }
  return value;
}

function replaceKnownValues(text: string, secrets: readonly string[]): string {
  let out = text;
  // Short values would redact half the log by accident.
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * A body as the log keeps it: JSON and form bodies redacted by field name, then any known
 * secret value masked wherever it appears, then truncated.
 */
export function summariseBody(body: unknown, options: { maxLength?: number; secrets?: readonly string[] } = {}): string | undefined {
  const max = options.maxLength ?? 2000;
  if (body === undefined || body === null || body === "") return undefined;
  let text: string;
  if (typeof body === "string") {
    text = redactText(body);
  } else if (body instanceof URLSearchParams) {
    text = redactForm(body.toString());
  } else if (typeof body === "object") {
    text = JSON.stringify(redactValue(body));
  } else {
    text = String(body);
  }
  text = replaceKnownValues(text, options.secrets ?? []);
  return text.length > max ? `${text.slice(0, max)}…[${text.length - max} more chars]` : text;
}

function redactForm(text: string): string {
  const params = new URLSearchParams(text);
  for (const key of [...params.keys()]) if (isSecretName(key)) params.set(key, REDACTED);
  return params.toString();
}

function redactText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed)));
    } catch {
      // Not JSON after all: mask "key": "value" pairs by pattern below.
    }
  } else if (/^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/.test(trimmed)) {
    return redactForm(trimmed);
  }
  return text
    .replace(/("([^"]*)"\s*:\s*)"[^"]*"/g, (m, prefix: string, key: string) => (isSecretName(key) ? `${prefix}"${REDACTED}"` : m))
    .replace(/\b(Bearer|Basic|JWT)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`);
}

export function redactSecretsInText(text: string, secrets: readonly string[]): string {
  return replaceKnownValues(text, secrets);
}
