import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// Inngest calls this route to learn the functions (GET/PUT) and to run their steps (POST).
export const { GET, POST, PUT } = serve({ client: inngest, functions });
