import type { components, operations, paths } from "../../generated/emma/types.js";

/**
 * Every named schema of the Emma spec (`MessageClickData`, `Webhook`, ...).
 *
 * @example
 * ```ts
 * import type { EmmaSchemas } from "talkable-emma-webhooks/emma";
 * type Webhook = EmmaSchemas["Webhook"];
 * ```
 */
export type EmmaSchemas = components["schemas"];

/**
 * The management API's paths and operations, as openapi-typescript wrote them (for openapi-fetch).
 *
 * @example
 * ```ts
 * import type { EmmaPaths } from "talkable-emma-webhooks/emma";
 * type ListPath = keyof EmmaPaths;
 * ```
 */
export type EmmaPaths = paths;

/**
 * The management API's operations by operationId.
 *
 * @example
 * ```ts
 * import type { EmmaOperations } from "talkable-emma-webhooks/emma";
 * type Created = EmmaOperations["createWebhook"]["responses"][200]["content"]["application/json"];
 * ```
 */
export type EmmaOperations = operations;
