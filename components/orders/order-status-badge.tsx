import { Badge } from "@/components/ui/badge";
import type { OrderStatus } from "@/db/schema";
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, type StatusTone } from "@/lib/orders-query/status-labels";
import { cn } from "@/lib/utils";

const toneClasses: Record<StatusTone, string> = {
  neutral: "border-slate-300 bg-slate-50 text-slate-800",
  progress: "border-blue-200 bg-blue-50 text-blue-800",
  done: "border-emerald-200 bg-emerald-50 text-emerald-800",
  muted: "border-border bg-muted text-muted-foreground",
  problem: "border-red-200 bg-red-50 text-red-800",
};

export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  return <Badge className={cn("whitespace-nowrap", toneClasses[ORDER_STATUS_TONES[status]], className)}>{ORDER_STATUS_LABELS[status]}</Badge>;
}
