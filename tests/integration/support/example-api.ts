import { startExampleProcess } from "./example-process";

// The example resource server of examples/resource-server, started as its own process: the real
// API of these tests. It serves one scope for one audience.
export type ExampleApi = {
  url: string;
  call(token: string): Promise<{ status: number; body: unknown; challenge: string | null }>;
  stop(): Promise<void>;
};

export async function startExampleApi(env: { issuer: string; audience: string; scope: string }): Promise<ExampleApi> {
  const { ready: url, stop } = await startExampleProcess(
    "The example API",
    "examples/resource-server/server.mjs",
    { NINKA_ISSUER: env.issuer, API_AUDIENCE: env.audience, API_SCOPE: env.scope, PORT: "0" },
    /http:\/\/127\.0\.0\.1:\d+/,
  );
  return {
    url,
    async call(token) {
      const response = await fetch(`${url}/photos`, { headers: { authorization: `Bearer ${token}` } });
      return {
        status: response.status,
        body: await response.json(),
        challenge: response.headers.get("www-authenticate"),
      };
    },
    stop,
  };
}
