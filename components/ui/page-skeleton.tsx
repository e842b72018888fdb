/** A page's placeholder while its data loads; screen readers hear what is loading. */
export function PageSkeleton({ label, rows = 5, withHeading = true }: { label: string; rows?: number; withHeading?: boolean }) {
  return (
    <div className="grid gap-4" role="status" aria-live="polite">
      <span className="sr-only">{label}…</span>
      {withHeading ? (
        <>
          <div className="h-8 w-48 animate-pulse rounded-md bg-border" aria-hidden />
          <div className="h-4 w-80 max-w-full animate-pulse rounded-md bg-border" aria-hidden />
        </>
      ) : null}
      <div className="grid gap-2 rounded-lg border border-border bg-card p-4" aria-hidden>
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-6 animate-pulse rounded bg-muted" />
        ))}
      </div>
    </div>
  );
}
