// Imported first by server.ts, for its side effects, before any other module loads: NODE_ENV is
// settled before Next.js and React read it (run-mode.ts), and console output is routed into the
// JSON log before any library can print (oidc-provider warns at import on Node 20), so every line
// of output is JSON (ARCHITECTURE.md "Logs").
import { routeConsoleToLog } from "@/lib/kernel/log";
import { settleRunMode } from "./run-mode";

settleRunMode();
routeConsoleToLog();
