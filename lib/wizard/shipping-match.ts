import type { DiscoveredOption } from "@/lib/connectors";

function words(option: DiscoveredOption): Set<string> {
  const text = [option.label, ...Object.values(option.details ?? {})].join(" ").toLowerCase();
  return new Set(text.split(/[^a-z0-9äöüåæø]+/).filter((w) => w.length >= 2 && !/^\d+$/.test(w)));
}

/**
 * Suggests, for each shipping method of the shop, the warehouse profile whose name shares the
 * most words with it (carrier and product: "DHL Paket" → "DHL Geschäftsversand – V01PAK"). A
 * method with nothing in common stays unmapped, for the merchant to choose.
 */
export function matchShippingProfiles(sourceMethods: DiscoveredOption[], warehouseProfiles: DiscoveredOption[]): Record<string, string> {
  const candidates = warehouseProfiles.map((p) => ({ id: p.id, words: words(p) }));
  const result: Record<string, string> = {};
  for (const method of sourceMethods) {
    const mine = words(method);
    let best: { id: string; score: number } | null = null;
    for (const candidate of candidates) {
      let score = 0;
      for (const w of mine) if (candidate.words.has(w)) score += 1;
      if (score > 0 && (!best || score > best.score)) best = { id: candidate.id, score };
    }
    if (best) result[method.id] = best.id;
  }
  return result;
}
