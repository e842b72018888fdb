/** Headers that carry a credential or a proof of one: never stored, never shown. */
const SECRET_HEADER = /authorization|cookie|token|signature|hmac|secret|api-key/i;

/** The request's headers as stored with a delivery (lower-case names, credentials left out). */
export function storableHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!SECRET_HEADER.test(name)) kept[name.toLowerCase()] = value;
  });
  return kept;
}

/** Every header, for the connector's verify (it may need the signature or token header). */
export function allHeaders(headers: Headers): Record<string, string> {
  const all: Record<string, string> = {};
  headers.forEach((value, name) => {
    all[name.toLowerCase()] = value;
  });
  return all;
}
