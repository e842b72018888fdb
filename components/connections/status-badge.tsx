import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

const LOOK = {
  ok: { text: "Working", cls: "border-emerald-300 bg-emerald-50 text-emerald-900" },
  failing: { text: "Failing", cls: "border-red-300 bg-red-50 text-red-900" },
  untested: { text: "Not tested", cls: "" },
  active: { text: "Active", cls: "border-emerald-300 bg-emerald-50 text-emerald-900" },
  paused: { text: "Paused", cls: "border-amber-300 bg-amber-50 text-amber-900" },
} as const;

export function StatusBadge({ status }: { status: keyof typeof LOOK }) {
  const look = LOOK[status];
  return <Badge className={cn(look.cls)}>{look.text}</Badge>;
}
