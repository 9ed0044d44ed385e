import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { testCertificate } from "./test-certificate";
import { closeServer } from "./close-server";

// An https server on 127.0.0.1 serving JSON documents by path, such as an app's client ID metadata
// document: its certificate is the test CA's (support/test-certificate.ts), which Ninka trusts
// only through NINKA_OUTBOUND_CA_FILE. It counts the requests it answered, per path.
export type DocumentServer = {
  origin: string;
  /** Serves `body` (JSON) at `path`; returns the document's full URL. */
  serve(path: string, body: (url: string) => unknown): string;
  requests(path: string): number;
  stop(): Promise<void>;
};

export async function startDocumentServer(): Promise<DocumentServer> {
  const { key, cert } = await testCertificate();
  const documents = new Map<string, (url: string) => unknown>();
  const counts = new Map<string, number>();
  const server = createServer({ key, cert }, (req, res) => {
    const path = req.url ?? "/";
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const body = documents.get(path);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body(`${origin}${path}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(path, body) {
      documents.set(path, body);
      return `${origin}${path}`;
    },
    requests: (path) => counts.get(path) ?? 0,
    stop: () => closeServer(server),
  };
}
