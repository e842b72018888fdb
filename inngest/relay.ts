import { relayOutbox, type EventSender } from "@/lib/outbox/relay";
import { startOutboxLoop, type RunningLoop } from "@/lib/outbox/relay-runner";
import { inngest } from "./client";

/** Sends a batch to Inngest under the outbox keys as event ids (Inngest drops a repeated id). */
export const sendToInngest: EventSender = async (events) => {
  await inngest.send(events.map((event) => ({ id: event.id, name: event.name, data: event.data, ts: event.ts })));
};

const holder = globalThis as unknown as { __lagerbroRelay?: RunningLoop };

/** Starts the outbox relay in this process once (hot reload keeps the first). */
export function startInngestRelay(onError: (error: unknown) => void): RunningLoop {
  holder.__lagerbroRelay ??= startOutboxLoop({ path: "inngest", pass: () => relayOutbox(sendToInngest), onError });
  return holder.__lagerbroRelay;
}
