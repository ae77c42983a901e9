import { createOpenApiHttp, type OpenApiHttpHandlers } from "openapi-msw";
import type { paths } from "../../generated/emma/types.js";
import { emmaDefaultBaseUrl } from "../emma/client/base-url.js";

/**
 * openapi-msw's `http`, typed by Emma's management API paths: handlers accept only the spec's
 * paths (`/{account_id}/webhooks`, ...), type `params` and the request body, and `response(status)`
 * accepts only the bodies the spec allows for that status.
 *
 * @example
 * ```ts
 * import type { EmmaApiHttp } from "talkable-emma-webhooks/msw";
 * import { createEmmaApiHttp } from "talkable-emma-webhooks/msw";
 * const http: EmmaApiHttp = createEmmaApiHttp("http://localhost:4010");
 * ```
 */
export type EmmaApiHttp = OpenApiHttpHandlers<paths>;

/**
 * Creates openapi-msw's typed `http` for Emma's management API at `baseUrl`.
 *
 * @example
 * ```ts
 * import { createEmmaApiHttp } from "talkable-emma-webhooks/msw";
 * const http = createEmmaApiHttp("http://localhost:4010");
 * const empty = http.get("/{account_id}/webhooks", ({ response }) => response(200).json([]));
 * ```
 */
export function createEmmaApiHttp(baseUrl: string = emmaDefaultBaseUrl): EmmaApiHttp {
  return createOpenApiHttp<paths>({ baseUrl: baseUrl.replace(/\/+$/, "") });
}

/**
 * openapi-msw's typed `http` for Emma's management API at its default base URL
 * (`https://api.e2ma.net`), for one-off typed overrides with `server.use(...)`.
 *
 * @example
 * ```ts
 * import { emmaApiHttp } from "talkable-emma-webhooks/msw";
 *
 * const noWebhooks = emmaApiHttp.get("/{account_id}/webhooks", ({ response }) =>
 *   response(200).json([]),
 * );
 * // server.use(noWebhooks);
 * ```
 */
export const emmaApiHttp: EmmaApiHttp = createEmmaApiHttp();
