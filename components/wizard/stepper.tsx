import { Check } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/utils";
import { STEP_LABELS, WIZARD_STEPS, type WizardStep } from "@/lib/wizard/steps";

/** Where the merchant is in the setup; steps already reachable are links, to go back and change. */
export function Stepper({ draftId, current, furthest }: { draftId: string; current: WizardStep; furthest: WizardStep }) {
  const reach = WIZARD_STEPS.indexOf(furthest);
  const here = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label="Setup steps">
      <ol className="flex flex-wrap gap-x-1 gap-y-2 text-sm">
        {WIZARD_STEPS.map((step, index) => {
          const done = index < here;
          const label = (
            <>
              <span
                className={cn(
                  "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs",
                  index === here ? "border-primary bg-primary text-primary-foreground" : done ? "border-emerald-600 bg-emerald-600 text-white" : "border-border bg-background",
                )}
                aria-hidden
              >
                {done ? <Check className="size-3.5" /> : index + 1}
              </span>
              <span className={cn(index === here ? "font-medium" : "text-muted-foreground")}>{STEP_LABELS[step]}</span>
            </>
          );
          return (
            <li key={step} className="flex items-center gap-1">
              {index <= reach && index !== here ? (
                <Link href={`/connect/${draftId}/${step}`} className="flex items-center gap-1.5 rounded-md px-1.5 py-1 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                  {label}
                </Link>
              ) : (
                <span className="flex items-center gap-1.5 px-1.5 py-1" aria-current={index === here ? "step" : undefined}>
                  {label}
                </span>
              )}
              {index < WIZARD_STEPS.length - 1 ? <span className="hidden text-muted-foreground sm:inline" aria-hidden>›</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
