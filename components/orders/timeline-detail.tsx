/** One timeline step's request/response summary (already redacted), as a readable list. */
export function TimelineDetail({ detail }: { detail: Record<string, unknown> }) {
  const entries = Object.entries(detail).filter(([, value]) => value !== undefined && value !== null && value !== "");
  if (entries.length === 0) return null;
  return (
    <details className="group mt-1 text-xs">
      <summary className="w-fit cursor-pointer rounded-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        Request and response details
      </summary>
      <dl className="mt-2 grid gap-x-3 gap-y-1 rounded-md bg-muted p-3 sm:grid-cols-[max-content_1fr]">
        {entries.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-muted-foreground">{humanKey(key)}</dt>
            <dd className="min-w-0 break-words font-mono">{typeof value === "object" ? <pre className="whitespace-pre-wrap">{JSON.stringify(value, null, 2)}</pre> : String(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function humanKey(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, "$1 $2").replaceAll("_", " ").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
