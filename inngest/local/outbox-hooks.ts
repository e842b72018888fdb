import { withTenant } from "@/db";
import { enqueue } from "@/lib/outbox/enqueue";
import type { InProcessHooks, SentEvent } from "./in-process";

/**
 * step.sendEvent in the local worker: the events go back into the outbox (each tenant's in its
 * own transaction) and are delivered on a later pass, as Inngest would deliver them. The key is
 * the event's id when it has one, else made from the run and step, so a repeat adds nothing.
 */
export function outboxHooks(runKey: string): InProcessHooks {
  return {
    async sendEvents(stepId: string, events: SentEvent[]) {
      for (const [i, event] of events.entries()) {
        const tenantId = event.data.tenantId;
        if (typeof tenantId !== "string") throw new Error(`event ${event.name} has no tenantId; the outbox needs one`);
        const key = event.id ?? `${runKey}/${stepId}/${i}`;
        await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name: event.name, data: event.data, key }));
      }
    },
  };
}
