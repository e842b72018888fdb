import { ERROR_BODY, STOCK_CHANGED_MAX_AGE_MS } from "../facts";
import { upsertArticle } from "../article-writes";
import { dateParam, intParam, json, listParam, readJson } from "../http";
import { inventoryInfo } from "../inventory";
import { renderArticle } from "../render";
import { isValidGtin } from "../../gtin";
import { postArticleSchema, type PostArticle } from "../schemas";
import type { StoredArticle } from "../store";
import { checkOwner, notFound, requireGoodsOwner, type Route, type RouteContext } from "./context";

const ID = "(\\d+)";

function articleFor(ctx: RouteContext): StoredArticle | undefined {
  const article = ctx.store.articles.get(Number(ctx.params[0]));
  return article && article.goodsOwnerId === ctx.user.goodsOwnerId ? article : undefined;
}

async function put(ctx: RouteContext, mustBe?: StoredArticle): Promise<Response> {
  const body = await readJson(ctx.request, postArticleSchema);
  if (!body.ok) return body.response;
  const owner = checkOwner(ctx, body.value.goodsOwnerId);
  if (!owner.ok) return owner.response;
  const input = mustBe ? { ...body.value, articleNumber: mustBe.articleNumber } : body.value;
  const problems = articleProblems(ctx, input);
  if (problems) return json(400, ERROR_BODY.invalid(problems));
  const { article } = upsertArticle(ctx.store, input);
  // Response text as in the official example. [S1]
  return json(200, {
    articleSystemId: article.articleSystemId,
    message: `Article ${article.articleNumber} ${article.input.articleName ?? ""} Updated/Created`,
  });
}

/**
 * GUESS (the example requests show the fields, not their checks): a new article needs a name, and
 * a barcode must be a valid EAN/GTIN, answered in the ModelState shape of Ongoing's other 400s.
 */
function articleProblems(ctx: RouteContext, input: PostArticle): Record<string, string[]> | undefined {
  const problems: Record<string, string[]> = {};
  const existing = ctx.store.articleByNumber(input.goodsOwnerId, input.articleNumber);
  const name = input.articleName ?? existing?.input.articleName;
  if (!name || name.trim() === "") problems["model.articleName"] = [`Article ${input.articleNumber}: the ArticleName field is required.`];
  const barCode = input.barCodeInfo?.barCode;
  if (barCode && !isValidGtin(barCode)) problems["model.barCodeInfo.barCode"] = [`Article ${input.articleNumber}: '${barCode}' is not a valid EAN/GTIN.`];
  return Object.keys(problems).length > 0 ? problems : undefined;
}

/**
 * `GET /articles` with the filters of [S4] articles_get_all.py and keyset paging by
 * `articleSystemIdFrom` (inclusive) + `maxArticlesToGet`, in ascending articleSystemId.
 */
function list(ctx: RouteContext): Response {
  const owner = requireGoodsOwner(ctx);
  if (!owner.ok) return owner.response;
  const idFrom = intParam(ctx.url, "articleSystemIdFrom");
  const max = intParam(ctx.url, "maxArticlesToGet");
  const changedFrom = dateParam(ctx.url, "stockInfoChangedFrom");
  const updatedFrom = dateParam(ctx.url, "articleDataLastUpdatedFrom");
  for (const [name, v] of Object.entries({ articleSystemIdFrom: idFrom, maxArticlesToGet: max, stockInfoChangedFrom: changedFrom, articleDataLastUpdatedFrom: updatedFrom })) {
    if (v === null) return json(400, ERROR_BODY.invalid({ [name]: [`The value is not valid for ${name}.`] }));
  }
  if (changedFrom && ctx.store.now().getTime() - changedFrom.getTime() > STOCK_CHANGED_MAX_AGE_MS) {
    return json(400, ERROR_BODY.rejected("stockInfoChangedFrom must be within 24 hours of the current time."));
  }
  const numbers = [...listParam(ctx.url, "articleNumbers"), ...listParam(ctx.url, "articleNumber")];
  const productCodes = listParam(ctx.url, "productCodes");
  const barCodes = listParam(ctx.url, "barCodes");
  const inStock = ctx.url.searchParams.get("onlyArticlesInStock") === "true";

  const rows = ctx.store.articlesOf(owner.id).filter((a) => {
    if (numbers.length > 0 && !numbers.includes(a.articleNumber)) return false;
    if (productCodes.length > 0 && !productCodes.includes(a.input.productCode ?? "")) return false;
    if (barCodes.length > 0 && !barCodes.includes(a.input.barCodeInfo?.barCode ?? "")) return false;
    if (typeof idFrom === "number" && a.articleSystemId < idFrom) return false;
    if (changedFrom && a.stockChangedAt < changedFrom) return false;
    if (updatedFrom && a.updatedAt < updatedFrom) return false;
    if (inStock && inventoryInfo(ctx.store, a).numberOfItems <= 0) return false;
    return true;
  });
  const page = typeof max === "number" ? rows.slice(0, Math.max(0, max)) : rows;
  return json(200, page.map((a) => renderArticle(ctx.store, a)));
}

export const articleRoutes: Route[] = [
  { method: "GET", pattern: /^\/articles$/, handle: list },
  { method: "PUT", pattern: /^\/articles$/, handle: (ctx) => put(ctx) },
  {
    method: "GET",
    pattern: new RegExp(`^/articles/${ID}$`),
    handle: (ctx) => {
      const article = articleFor(ctx);
      return article ? json(200, renderArticle(ctx.store, article)) : notFound(ctx);
    },
  },
  {
    method: "PUT",
    pattern: new RegExp(`^/articles/${ID}$`),
    handle: (ctx) => {
      const article = articleFor(ctx);
      return article ? put(ctx, article) : notFound(ctx);
    },
  },
];
