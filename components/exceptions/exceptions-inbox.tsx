"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { useHydrated } from "@/components/ui/use-hydrated";
import { idle } from "@/lib/actions/action-state";
import { retryExceptionsAction } from "@/lib/actions/order-actions";
import { createProductAndRetryAction } from "@/lib/actions/product-actions";
import { routes } from "@/lib/app-routes";
import type { ExceptionGroup } from "@/lib/exceptions-inbox/list-open-exceptions";
import { FIX_PATHS } from "@/lib/exceptions-inbox/fix-paths";
import { FixPathSteps } from "./fix-path-steps";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Open problems grouped by kind, each group with its fix path; retry the chosen ones at once. */
export function ExceptionsInbox({ groups }: { groups: ExceptionGroup[] }) {
  const [state, action] = useActionState(retryExceptionsAction, idle);
  // "Create product and retry" submits the same form (one problem by its button, or the chosen ones).
  const [createState, createAction] = useActionState(createProductAndRetryAction, idle);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const hydrated = useHydrated();
  useActionToast(state);
  useActionToast(createState);
  const toggle = (ids: string[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form action={action} className="grid gap-6" aria-label="Open problems">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-card p-3 shadow-xs">
        <p className="text-sm" aria-live="polite">
          {chosen.size === 0 ? "Choose problems you have fixed, then retry them together." : `${chosen.size} chosen`}
        </p>
        <SubmitButton disabled={chosen.size === 0} pendingText="Requesting retries…">
          Retry chosen
        </SubmitButton>
      </div>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      {createState.status === "error" && createState.message ? <Alert variant="error">{createState.message}</Alert> : null}
      {groups.map((group) => {
        const path = FIX_PATHS[group.kind];
        const retriable = path.retry ? group.items.filter((item) => item.order) : [];
        const allChosen = retriable.length > 0 && retriable.every((item) => chosen.has(item.id));
        const creatable = group.kind === "unknown_sku";
        const chosenHere = retriable.filter((item) => chosen.has(item.id)).length;
        const headingId = `group-${group.kind}`;
        return (
          <section key={group.kind} aria-labelledby={headingId} className="rounded-lg border border-border bg-card" data-testid={`exception-group-${group.kind}`}>
            <header className="grid gap-3 border-b border-border p-4 md:grid-cols-[1fr_auto]">
              <div className="grid gap-1">
                <h2 id={headingId} className="text-base font-semibold">
                  {path.title} <span className="font-normal text-muted-foreground">({group.total})</span>
                </h2>
                <p className="text-sm text-muted-foreground">{path.explanation}</p>
                {group.total > group.items.length ? (
                  <p className="text-xs text-muted-foreground">
                    Showing the oldest {group.items.length} of {group.total}. Retry these, and the next ones appear.
                  </p>
                ) : null}
              </div>
              {retriable.length > 0 ? (
                <div className="flex flex-wrap items-center gap-3 self-start">
                  {creatable ? (
                    <SubmitButton formAction={createAction} variant="outline" size="sm" disabled={chosenHere === 0} pendingText="Creating…">
                      Create products and retry chosen{chosenHere > 0 ? ` (${chosenHere})` : ""}
                    </SubmitButton>
                  ) : null}
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-4 accent-primary"
                      disabled={!hydrated}
                      checked={allChosen}
                      onChange={(e) => toggle(retriable.map((item) => item.id), e.target.checked)}
                    />
                    Choose all {retriable.length}
                  </label>
                </div>
              ) : null}
            </header>
            <div className="border-b border-border bg-muted/50 p-4">
              <h3 className="mb-1 text-sm font-medium">How to fix</h3>
              <FixPathSteps path={path} linkId={group.items[0]!.link.id} />
            </div>
            <ul className="divide-y divide-border">
              {group.items.map((item) => {
                const canRetry = path.retry && item.order !== null;
                const inputId = `exception-${item.id}`;
                return (
                  <li key={item.id} className="flex items-start gap-3 p-4" data-testid="exception-item">
                    {canRetry ? (
                      <input
                        id={inputId}
                        type="checkbox"
                        name="exceptionId"
                        value={item.id}
                        className="mt-1 size-4 accent-primary"
                        disabled={!hydrated}
                        checked={chosen.has(item.id)}
                        onChange={(e) => toggle([item.id], e.target.checked)}
                        aria-label={`Choose ${item.order ? `order ${item.order.orderNumber}` : "this problem"} for retry`}
                      />
                    ) : (
                      <span className="size-4 shrink-0" aria-hidden />
                    )}
                    <div className="grid min-w-0 flex-1 gap-1">
                      <div className="flex flex-wrap items-center gap-2 text-sm">
                        {item.order ? (
                          <Link href={routes.order(item.order.id)} className="font-medium text-primary underline-offset-4 hover:underline">
                            Order {item.order.orderNumber}
                          </Link>
                        ) : (
                          <span className="font-medium">Link {item.link.name}</span>
                        )}
                        {item.order?.customerName ? <span className="text-muted-foreground">{item.order.customerName}</span> : null}
                        {item.order ? <OrderStatusBadge status={item.order.status} /> : null}
                      </div>
                      <p className="text-sm">{item.message}</p>
                      <p className="text-xs text-muted-foreground">
                        {item.link.name} · since {dateTime.format(new Date(item.createdAt))} UTC
                      </p>
                    </div>
                    {creatable && item.order ? (
                      <SubmitButton
                        // React names a button with an action after that action, so the problem travels in the form data instead.
                        formAction={(formData: FormData) => {
                          formData.set("createFor", item.id);
                          createAction(formData);
                        }}
                        variant="outline"
                        size="sm"
                        pendingText="Creating…"
                        aria-label={`Create product and retry order ${item.order.orderNumber}`}
                      >
                        Create product and retry
                      </SubmitButton>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </form>
  );
}
