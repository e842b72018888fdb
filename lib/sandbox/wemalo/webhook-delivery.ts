import type { World, WebhookDelivery } from "./world";

export interface DeliveryResult {
  delivery: WebhookDelivery;
  ok: boolean;
  status?: number;
  error?: string;
}

/** wemalo gives up on a hook after 10 failed attempts and unregisters it [M1]. */
const MAX_FAILURES = 10;

/**
 * Posts every queued delivery as wemalo does: HTTP POST of `{ token, eventData }` to the registered
 * URL, waiting up to 10 s for success [M1]. A failure stays queued for the next round (wemalo
 * retries "a few minutes later"); the tenth failure removes the hook and its queued deliveries.
 */
export async function deliverAll(world: World, fetchImpl: typeof fetch = fetch, timeoutMs = 10_000): Promise<DeliveryResult[]> {
  const pending = world.outbox.splice(0, world.outbox.length);
  const results: DeliveryResult[] = [];
  for (const delivery of pending) {
    const result = await deliverOne(delivery, fetchImpl, timeoutMs);
    results.push(result);
    const hook = world.shop(delivery.shop).webhooks.get(delivery.event);
    if (!hook || hook.payload !== delivery.url) continue;
    if (result.ok) {
      hook.failures = 0;
      continue;
    }
    hook.failures += 1;
    if (hook.failures >= MAX_FAILURES) {
      world.shop(delivery.shop).webhooks.delete(delivery.event);
      continue;
    }
    world.outbox.push(delivery);
  }
  return results;
}

async function deliverOne(delivery: WebhookDelivery, fetchImpl: typeof fetch, timeoutMs: number): Promise<DeliveryResult> {
  try {
    const response = await fetchImpl(delivery.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(delivery.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { delivery, ok: response.ok, status: response.status };
  } catch (error) {
    return { delivery, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
