import { handleWebhook } from "@/lib/webhooks/intake";
import type { OutgoingWebhook } from "./warehouses";

export interface WebhookTally {
  /** Distinct webhooks the partners sent. */
  sent: number;
  /** HTTP deliveries made (each webhook one to three times). */
  deliveries: number;
  /** Deliveries answered with anything but 200. */
  refused: number;
}

/**
 * Posts each webhook one to `maxRepeats` times through the real intake (the route's handler:
 * verify, describe, store once with its outbox event), as a partner that retries after a lost
 * answer would. The repeats of all webhooks are shuffled together, so a repeat can arrive before
 * another webhook's first delivery.
 */
export async function deliverRepeatedly(webhooks: OutgoingWebhook[], random: () => number, maxRepeats: number, tally: WebhookTally): Promise<void> {
  const calls: OutgoingWebhook[] = [];
  for (const hook of webhooks) {
    const times = 1 + Math.floor(random() * maxRepeats);
    for (let i = 0; i < times; i++) calls.push(hook);
  }
  for (let i = calls.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [calls[i], calls[j]] = [calls[j]!, calls[i]!];
  }
  tally.sent += webhooks.length;
  for (const hook of calls) {
    const token = new URL(hook.url).pathname.split("/").pop() ?? "";
    const response = await handleWebhook(token, new Request(hook.url, { method: "POST", headers: hook.headers, body: hook.body }));
    await response.arrayBuffer();
    tally.deliveries += 1;
    if (response.status !== 200) tally.refused += 1;
  }
}
