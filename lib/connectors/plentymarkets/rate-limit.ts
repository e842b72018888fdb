/**
 * plentymarkets' rate-limit policy for the HTTP layer: X-Plenty-{Global-Short-Period,
 * Global-Long-Period,Route}-{Calls-Left,Decay}, 429 when exceeded (fact sheet §6). The policy
 * itself was written with the HTTP layer; this is where the connector takes it from.
 */
export { plentymarketsRateLimitPolicy } from "@/lib/http/rate-limit";
