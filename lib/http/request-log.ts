import type { RequestLogEntry, RequestLogSink } from "./types";

/** Keeps the newest entries in memory; for tests, the sandbox and development. */
export class InMemoryRequestLogSink implements RequestLogSink {
  readonly entries: RequestLogEntry[] = [];

  constructor(private readonly limit = 1000) {}

  write(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  forConnection(connectionId: string): RequestLogEntry[] {
    return this.entries.filter((e) => e.connectionId === connectionId);
  }

  clear(): void {
    this.entries.length = 0;
  }
}

export const nullRequestLogSink: RequestLogSink = { write() {} };

/** Sends every entry to several sinks; one failing sink does not stop the others. */
export function teeRequestLog(...sinks: RequestLogSink[]): RequestLogSink {
  return {
    async write(entry) {
      await Promise.allSettled(sinks.map(async (s) => s.write(entry)));
    },
  };
}
