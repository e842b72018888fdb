import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * SSRF guard for merchant-entered base URLs: only http(s), and every address the host resolves
 * to must be public. Development, tests and the sandbox pass allowPrivate.
 * The check runs before the call; a host that changes its DNS answer between check and call
 * (rebinding) is not covered here.
 */

export interface UrlGuardOptions {
  allowPrivate?: boolean;
  /** Injectable resolver for tests; defaults to dns.lookup with all: true. */
  lookup?: (hostname: string) => Promise<Array<{ address: string; family: number }>>;
}

export class UnsafeUrlError extends Error {
  constructor(message: string, readonly host: string) {
    super(message);
    this.name = "UnsafeUrlError";
  }
}

const v4Ranges: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["127.0.0.0", 8, "loopback"],
  ["10.0.0.0", 8, "private"],
  ["172.16.0.0", 12, "private"],
  ["192.168.0.0", 16, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["169.254.0.0", 16, "link-local"],
  ["192.0.0.0", 24, "reserved"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];
const v6Ranges: Array<[string, number, string]> = [
  ["fc00::", 7, "unique local"],
  ["fe80::", 10, "link-local"],
  ["ff00::", 8, "multicast"],
];

function blockList(ranges: Array<[string, number, string]>, type: "ipv4" | "ipv6"): Array<[BlockList, string]> {
  return ranges.map(([net, prefix, label]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, type);
    return [list, label];
  });
}
const v4Lists = blockList(v4Ranges, "ipv4");
const v6Lists = blockList(v6Ranges, "ipv6");

/** "::ffff:1.2.3.4" → 8 groups of 16 bits; undefined when not IPv6. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.split("%")[0]!;
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const o = v4Tail[1]!.split(".").map(Number);
    text = text.slice(0, -v4Tail[1]!.length) + `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const h = head ? head.split(":") : [];
  const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - h.length - t.length;
  const groups = [...h, ...(tail !== undefined ? Array<string>(missing).fill("0") : []), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 ? groups : undefined;
}

/** Why an address is not public ("loopback", "private"...), or null when it is public. */
export function classifyAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 4) {
    for (const [list, label] of v4Lists) if (list.check(address, "ipv4")) return label;
    return null;
  }
  if (family !== 6) return "not an IP address";
  const g = ipv6Groups(address);
  if (!g) return "not an IP address";
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return "unspecified";
  if (zeros(7) && g[7] === 1) return "loopback";
  // Checked by hand: Node's BlockList treats ::ffff:0:0/96 as covering every IPv4 address.
  if (zeros(5) && g[5] === 0xffff) return "IPv4-mapped IPv6";
  if (zeros(6)) return "IPv4-compatible IPv6";
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return "NAT64 IPv6";
  for (const [list, label] of v6Lists) if (list.check(address, "ipv6")) return label;
  return null;
}

async function defaultLookup(hostname: string): Promise<Array<{ address: string; family: number }>> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

/** Throws UnsafeUrlError unless the URL is http(s) and (unless allowPrivate) resolves only to public addresses. */
export async function assertSafeOutboundUrl(url: string | URL, options: UrlGuardOptions = {}): Promise<URL> {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    throw new UnsafeUrlError(`"${String(url)}" is not a valid URL`, String(url));
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new UnsafeUrlError(`refusing ${parsed.protocol.replace(/:$/, "")} URL for host "${host}": only http and https are allowed`, host);
  }
  if (options.allowPrivate) return parsed;
  if (host === "") throw new UnsafeUrlError("URL has no host", host);

  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await (options.lookup ?? defaultLookup)(host)).map((a) => a.address);
    } catch {
      throw new UnsafeUrlError(`cannot resolve host "${host}"`, host);
    }
    if (addresses.length === 0) throw new UnsafeUrlError(`cannot resolve host "${host}"`, host);
  }
  for (const address of addresses) {
    const problem = classifyAddress(address);
    if (problem) {
      const via = address === host ? "" : ` (resolves to ${address})`;
      throw new UnsafeUrlError(`refusing to call host "${host}"${via}: ${problem} address not allowed`, host);
    }
  }
  return parsed;
}

/** The form the HTTP client's `urlGuard` option takes. */
export function outboundUrlGuard(options: UrlGuardOptions = {}): (url: URL) => Promise<void> {
  return async (url) => {
    await assertSafeOutboundUrl(url, options);
  };
}
