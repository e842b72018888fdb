import { WEBHOOK_TOPICS } from "../facts";
import { errorResponse, filterOf, jsonApi, paginate, readDocument } from "../http";
import { renderShippingRate, renderWebhook } from "../render";
import { notFound, type Route } from "./context";

export const accountRoutes: Route[] = [
  {
    // `GET /shipping_rates?filter[order_channel_id]=…` [W3][W4]
    method: "GET",
    pattern: /^\/shipping_rates$/,
    handle: (ctx) => {
      const byChannel = filterOf(ctx.url, "order_channel_id");
      const rows = [...ctx.store.shippingRates.values()].filter((r) => !byChannel || byChannel(r.orderChannelId)).sort((a, b) => a.id - b.id);
      const page = paginate(ctx.url, rows);
      return jsonApi(200, { data: page.items.map(renderShippingRate), links: page.links, meta: page.meta });
    },
  },
  {
    method: "GET",
    pattern: /^\/order_channels\/(\d+)$/,
    handle: (ctx) => {
      const channel = ctx.store.orderChannels.get(Number(ctx.params[0]));
      if (!channel) return notFound();
      return jsonApi(200, { data: { id: String(channel.id), type: "order_channels", attributes: { name: channel.name, channel_type: channel.type } } });
    },
  },
  {
    method: "GET",
    pattern: /^\/webhooks$/,
    handle: (ctx) => {
      const page = paginate(ctx.url, [...ctx.store.webhooks.values()].sort((a, b) => a.id - b.id));
      return jsonApi(200, { data: page.items.map(renderWebhook), links: page.links, meta: page.meta });
    },
  },
  {
    // `POST /webhooks` with url, topic, enabled, secret. [W2] Webhooks.md
    method: "POST",
    pattern: /^\/webhooks$/,
    handle: async (ctx) => {
      const doc = await readDocument(ctx.request);
      if (!doc.ok) return doc.response;
      const a = (doc.data.attributes ?? {}) as { url?: unknown; topic?: unknown; enabled?: unknown; secret?: unknown };
      if (typeof a.url !== "string" || !/^https?:\/\//.test(a.url)) return errorResponse(422, "Unprocessable Entity", "url is invalid", "/data/attributes/url");
      if (typeof a.topic !== "string" || !(WEBHOOK_TOPICS as readonly string[]).includes(a.topic)) {
        return errorResponse(422, "Unprocessable Entity", "topic is not included in the list", "/data/attributes/topic");
      }
      const hook = {
        id: ctx.store.nextId("webhook"),
        url: a.url,
        topic: a.topic,
        secret: typeof a.secret === "string" ? a.secret : "",
        enabled: a.enabled !== false,
        created_at: ctx.store.now(),
      };
      ctx.store.webhooks.set(hook.id, hook);
      return jsonApi(201, { data: renderWebhook(hook) });
    },
  },
  {
    method: "DELETE",
    pattern: /^\/webhooks\/(\d+)$/,
    handle: (ctx) => {
      const id = Number(ctx.params[0]);
      const hook = ctx.store.webhooks.get(id);
      if (!hook) return notFound();
      ctx.store.webhooks.delete(id);
      return jsonApi(204, undefined);
    },
  },
];
