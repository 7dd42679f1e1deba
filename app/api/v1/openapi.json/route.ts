import { withApiUser } from "@/lib/server/api-v1/with-api-user";
import { buildOpenApiDocument } from "@/lib/validations/openapi-document";

/** The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that validate the requests. */
export const GET = withApiUser(async () => Response.json(buildOpenApiDocument()), { scope: "read" });
