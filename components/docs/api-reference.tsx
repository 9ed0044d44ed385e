import { buildOpenApiDocument } from "@/lib/delivery/openapi/build-openapi-document";

type Operation = {
  summary: string;
  security?: { personalAccessToken?: string[] }[];
  responses: Record<string, { description: string }>;
};

/** The endpoints, read from the same OpenAPI document the server publishes. */
export function ApiReference() {
  const doc = buildOpenApiDocument("");
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => ["get", "post", "put", "delete"].includes(method))
      .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return (
    <>
      <h2>Endpoints</h2>
      {operations.map(({ path, method, op }) => (
        <section key={`${method} ${path}`} aria-labelledby={`${method}-${path}`}>
          <h3 id={`${method}-${path}`}>
            <code>
              {method} {path}
            </code>
          </h3>
          <p>
            {op.summary}. Scope: <code>{op.security?.[0]?.personalAccessToken?.[0]}</code>.
          </p>
          <ul>
            {Object.entries(op.responses).map(([status, response]) => (
              <li key={status}>
                <code>{status}</code> {response.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
