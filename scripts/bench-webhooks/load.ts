import { performance } from "node:perf_hooks";

export interface LoadResult {
  requests: number;
  /** Answers by HTTP status. */
  statuses: Record<number, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface PreparedRequest {
  body: string;
  headers: Record<string, string>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `concurrency` loops, each POSTing its next request as soon as the previous answer is read,
 * through Node's fetch (undici, keep-alive connections reused). Bodies and signatures are made
 * before the clock starts, so the load generator spends its time on HTTP only.
 */
export async function runLoad(url: string, requests: PreparedRequest[], concurrency: number): Promise<LoadResult> {
  const latencies = new Float64Array(requests.length);
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  async function loop(): Promise<void> {
    for (;;) {
      const i = next++;
      if (i >= requests.length) return;
      const { body, headers } = requests[i]!;
      const t0 = performance.now();
      const response = await fetch(url, { method: "POST", body, headers });
      await response.arrayBuffer();
      latencies[i] = performance.now() - t0;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  return { requests: requests.length, statuses, seconds, perSecond: requests.length / seconds, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}
