import type { Server } from "node:http";

/**
 * Stops a test's HTTP(S) listener. A client (a browser, fetch's pool) may still hold an idle
 * keep-alive connection to it, which `close()` alone waits for until a hook's timeout; those are
 * closed too.
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
