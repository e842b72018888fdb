/**
 * wemalo reports a dispatcher name ("DHL Geschäftsversand", "DPD Cloud") per booking and a short
 * carrier ("DHL") per parcel [M1]. Sources want the short carrier and, where known, a tracking
 * URL; the URL patterns are the carriers' public tracking pages, not wemalo data.
 */
const known: Array<{ carrier: string; match: RegExp; url?: (n: string) => string }> = [
  { carrier: "DHL", match: /\bdhl\b/i, url: (n) => `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${n}` },
  { carrier: "DPD", match: /\bdpd\b/i, url: (n) => `https://tracking.dpd.de/status/de_DE/parcel/${n}` },
  { carrier: "GLS", match: /\bgls\b/i, url: (n) => `https://gls-group.eu/DE/de/paketverfolgung?match=${n}` },
  { carrier: "UPS", match: /\bups\b/i, url: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { carrier: "Hermes", match: /\bhermes\b/i },
  { carrier: "Deutsche Post", match: /deutsche post/i },
];

export function carrierOf(...names: Array<string | null | undefined>): { carrier: string; trackingUrl?: (n: string) => string } {
  for (const name of names) {
    if (!name) continue;
    const hit = known.find((k) => k.match.test(name));
    if (hit) return { carrier: hit.carrier, trackingUrl: hit.url };
  }
  return { carrier: names.find((n): n is string => !!n) ?? "unknown" };
}
