import { AlertTriangle, CheckCircle2, Circle } from "lucide-react";
import type { OrderEvent } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { TimelineDetail } from "./timeline-detail";

const problemKinds = /exception|failed|error|rejected|too_late/;
const doneKinds = /^(sent|acknowledged|shipped|written_back|write_back|cancelled|returned)/;

/** The order's story, oldest step first. */
export function OrderTimeline({ events }: { events: OrderEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">Nothing has happened to this order yet.</p>;
  return (
    <ol className="grid gap-0" aria-label="Timeline">
      {events.map((event, index) => {
        const Icon = problemKinds.test(event.kind) ? AlertTriangle : doneKinds.test(event.kind) ? CheckCircle2 : Circle;
        const tone = problemKinds.test(event.kind) ? "text-red-600" : doneKinds.test(event.kind) ? "text-emerald-600" : "text-muted-foreground";
        return (
          <li key={event.id} className="relative flex gap-3 pb-5 last:pb-0" data-testid="timeline-step">
            {index < events.length - 1 ? <span className="absolute left-[9px] top-6 h-[calc(100%-1.25rem)] w-px bg-border" aria-hidden /> : null}
            <Icon className={`mt-0.5 size-5 shrink-0 ${tone}`} aria-hidden />
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium">{event.message}</p>
              <p className="text-xs text-muted-foreground">
                <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, { seconds: true })}</time> · <span className="font-mono">{event.kind}</span>
              </p>
              {event.detail ? <TimelineDetail detail={event.detail} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
