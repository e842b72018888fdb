import { registerLinkWebhooks } from "@/lib/webhooks/register";
import { inngest, linkWebhooksRegister } from "../client";
import { cancelWhenLinkPaused, onePerLink } from "../policies";
import { retriableOnly } from "../retriable";

/** link.webhooks.register (on activation): our endpoint registered at the partners that allow it. */
export const linkWebhooksRegisterFn = inngest.createFunction(
  {
    id: "link-webhooks-register",
    name: "Webhooks: register a new link's endpoints",
    triggers: [linkWebhooksRegister],
    concurrency: onePerLink,
    cancelOn: cancelWhenLinkPaused,
    retries: 4,
  },
  async ({ event, step }) => {
    const { tenantId, linkId } = event.data;
    return step.run("register-at-partners", () => retriableOnly(() => registerLinkWebhooks(tenantId, linkId)));
  },
);
