/** Validates the environment once at server start; a bad variable stops the app with its name. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const current = env();
  // The outbox relay sends events to Inngest from the app process (see README, "Background jobs").
  const { shouldRelayToInngest } = await import("@/lib/outbox/relay-enabled");
  if (shouldRelayToInngest(current)) {
    const { startInngestRelay } = await import("@/inngest/relay");
    startInngestRelay((error) => console.error("outbox relay:", error));
  }
}
