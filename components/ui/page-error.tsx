"use client";

import { useEffect, useRef } from "react";
import { Button } from "./button";

/** A page that failed to load, inside the app shell, with focus on the message and a way to retry. */
export function PageError({ what, reset }: { what: string; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-6 text-red-900">
      <h1 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        We could not load {what}
      </h1>
      <p className="text-sm">Nothing was lost: orders keep moving in the background. Try again in a moment.</p>
      <Button onClick={reset} variant="outline">
        Try again
      </Button>
    </div>
  );
}
