import type { DeliveryPath } from "@/db/schema";
import { recordHeartbeat } from "./delivery-mode";

export interface PassResult {
  claimed: number;
  sent: number;
  error?: string;
}

export interface LoopOptions {
  path: DeliveryPath;
  /** One pass over the due outbox rows. */
  pass: () => Promise<PassResult>;
  /** Pause between passes that found nothing (or failed). */
  intervalMs?: number;
  /** A full batch means more is due: go again at once. */
  batchSize?: number;
  /** An idle loop still notes that it is alive this often. */
  heartbeatMs?: number;
  onError?: (error: unknown) => void;
}

export interface RunningLoop {
  stop(): Promise<void>;
}

/** Runs outbox passes until stopped, and keeps the path's heartbeat for the dashboard. */
export function startOutboxLoop(options: LoopOptions): RunningLoop {
  const intervalMs = options.intervalMs ?? 1_000;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  let stopped = false;
  let wake: (() => void) | undefined;
  let lastBeat = 0;

  const loop = async () => {
    while (!stopped) {
      let again = false;
      try {
        const result = await options.pass();
        again = result.claimed > 0 && result.claimed >= (options.batchSize ?? 100) && !result.error;
        if (result.claimed > 0 || result.error || Date.now() - lastBeat >= heartbeatMs) {
          await recordHeartbeat(options.path, { delivered: result.sent, ...(result.error ? { error: result.error } : {}) });
          lastBeat = Date.now();
        }
      } catch (error) {
        options.onError?.(error);
      }
      if (!again && !stopped) await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const done = loop();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await done;
    },
  };
}
