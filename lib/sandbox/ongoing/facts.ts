/**
 * What the simulator knows about the real Ongoing WMS goods-owner REST API, in one place.
 * Sources are the letters of ../shared/partners/ongoing.md ([S1]…[S13]). Every value marked
 * GUESS is not documented anywhere we could read; it lives here so it is easy to change.
 */

/** Standard status set; the example instance lists exactly these. [S1] Response.json, [S9] */
export const ORDER_STATUSES = [
  { number: 150, text: "Error" },
  { number: 200, text: "Open" },
  { number: 300, text: "Released" },
  { number: 320, text: "Allocated" },
  { number: 400, text: "Picked" },
  { number: 450, text: "Sent" },
  { number: 500, text: "Collected" },
  { number: 800, text: "Returned" },
  { number: 1000, text: "Cancelled" },
] as const;

export const STATUS = {
  error: 150,
  open: 200,
  released: 300,
  allocated: 320,
  picked: 400,
  sent: 450,
  collected: 500,
  returned: 800,
  cancelled: 1000,
} as const;

export function statusText(number: number): string {
  return ORDER_STATUSES.find((s) => s.number === number)?.text ?? String(number);
}

/**
 * Updates and cancellation are refused "after the warehouse has started working on it" [S4],
 * "as long as the warehouse has not begun picking it" [S6]. GUESS: work starts at Allocated
 * (320, "prepared for picking" [S9]); Released (300) only permits picking to begin.
 */
export const WORK_STARTED_FROM: number = STATUS.allocated;

/** The Postman example instance's goods owner. [S1] */
export const DEFAULT_GOODS_OWNER = { id: 159, name: "REST example", code: "RESTEX" };

/** API usernames begin with WSI (older manual). [S3] */
export const DEFAULT_USER = { username: "WSI-sandbox", password: "sandbox" };

/** Transporter contracts as in the official example response. [S1] GET transporter contracts */
export const TRANSPORTER_CONTRACTS = [
  {
    ediCode: "",
    transporterName: "DB Schenker",
    transporterCode: "SBTL",
    transporterServiceCode: "",
    transporterServices: [
      { transporterServiceName: "DB SCHENKERdirect", transporterServiceCode: "BDI" },
      { transporterServiceName: "DB SCHENKERparcel", transporterServiceCode: "BPA" },
      { transporterServiceName: "DB SCHENKERsystem", transporterServiceCode: "BCF" },
    ],
  },
  {
    ediCode: "",
    transporterName: "PostNord Sweden AB",
    transporterCode: "PLAB",
    transporterServiceCode: "",
    transporterServices: [
      { transporterServiceName: "PostNord Groupage", transporterServiceCode: "P83" },
      { transporterServiceName: "PostNord MyPack Collect", transporterServiceCode: "P19" },
      { transporterServiceName: "PostNord Pallet", transporterServiceCode: "P52" },
      { transporterServiceName: "PostNord Parcel (Nordic)", transporterServiceCode: "P18" },
      { transporterServiceName: "PostNord Return Drop Off (within Sweden)", transporterServiceCode: "P24" },
    ],
  },
];

/** WarehouseModel is { id, code, name, address } [S4] warehouse_model.py; the values are ours. */
export const WAREHOUSES = [
  {
    id: 1,
    code: "SBX",
    name: "Sandbox warehouse",
    address: { name: "Sandbox warehouse", address1: "Lagervägen 1", postCode: "41501", city: "Göteborg", countryCode: "SE" },
  },
];

/** GUESS: tracking page per transporter code, used when the simulator ships with no URL given. */
export const TRACKING_URL: Record<string, (waybill: string) => string> = {
  PLAB: (w) => `https://tracking.postnord.com/se/?id=${encodeURIComponent(w)}`,
  SBTL: (w) => `https://www.dbschenker.com/app/tracking-public/?refNumber=${encodeURIComponent(w)}`,
};

/**
 * Error bodies. The only one seen from the real service is the unhandled one [S5]; the others
 * follow the same ASP.NET Web API shape ({"Message": …}) — GUESS for every 4xx.
 */
export const ERROR_BODY = {
  unhandled: { Message: "An error has occurred." },
  unauthorized: { Message: "Authorization has been denied for this request." },
  notFound: (uri: string) => ({ Message: `No HTTP resource was found that matches the request URI '${uri}'.` }),
  invalid: (modelState: Record<string, string[]>) => ({ Message: "The request is invalid.", ModelState: modelState }),
  rejected: (message: string) => ({ Message: message }),
};

/**
 * Rate limiting: no REST quota or header is documented; the SOAP endpoint answers 503 on
 * excessive polling [S2]. So a rate-limit fault is a 503 with no Retry-After by default.
 * `retryAfterSeconds` lets a test add one (GUESS that the REST front ever sends it).
 */
export const RATE_LIMIT = { status: 503, retryAfterSeconds: null as number | null };

/** Ongoing refuses stockInfoChangedFrom older than 24 h with a 400 ([S5] client.live.test.ts). */
export const STOCK_CHANGED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** GUESS: order number of the back order made for the rest of a partly shipped order. */
export const backOrderNumber = (orderNumber: string, n: number) => `${orderNumber}-${n}`;

/** The order webhook's timestamp has seven fractional digits and no zone. [S12] */
export function webhookTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}.${String(date.getUTCMilliseconds()).padStart(3, "0")}0000`;
}
