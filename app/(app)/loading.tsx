export default function Loading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-48 animate-pulse rounded bg-border" />
      <div className="h-32 animate-pulse rounded-lg bg-border" />
    </div>
  );
}
