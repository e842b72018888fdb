"use client";

import { Copy } from "lucide-react";
import { useId } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A read-only value with a copy button (an invitation link by default, or e.g. an API key). */
export function CopyField({ label, value, copiedMessage = "Link copied", testId = "invitation-link" }: { label: string; value: string; copiedMessage?: string; testId?: string }) {
  const id = useId();
  return (
    <div className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
      <Button
        type="button"
        variant="outline"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          toast.success(copiedMessage);
        }}
      >
        <Copy aria-hidden /> Copy
      </Button>
    </div>
  );
}
