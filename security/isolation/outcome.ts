/** What running a page, action or handler came to, with Next's control-flow throws read as answers. */
export type Outcome =
  | { kind: "redirect"; to: string }
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | { kind: "unauthorized" }
  | { kind: "returned"; value: unknown }
  | { kind: "threw"; error: unknown };

export function readDigest(error: unknown): Outcome | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return undefined;
  if (digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "notFound" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { kind: "forbidden" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;401") return { kind: "unauthorized" };
  return undefined;
}

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    return { kind: "returned", value: await run() };
  } catch (error) {
    return readDigest(error) ?? { kind: "threw", error };
  }
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case "redirect":
      return `redirect to ${outcome.to}`;
    case "returned":
      return `returned ${JSON.stringify(outcome.value)?.slice(0, 300)}`;
    case "threw":
      return `threw ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error)}`;
    default:
      return outcome.kind;
  }
}
