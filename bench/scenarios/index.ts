import { clientCredentials } from "./client-credentials";
import { clientsApiLoaded, clientsApiSingle } from "./clients-api";
import { consolePageLoaded, consolePageSingle } from "./console-page";
import { discovery } from "./discovery";
import { jwks } from "./jwks";
import { loginCodeFlow } from "./login-code-flow";
import { refreshRotation } from "./refresh-rotation";
import type { Scenario } from "./scenario";
import { signedInCodeFlow } from "./signed-in-code-flow";

// In the order they run on each target (each one's RSS before and after is reported).
export const SCENARIOS: Scenario[] = [
  clientCredentials,
  signedInCodeFlow,
  loginCodeFlow,
  refreshRotation,
  discovery,
  jwks,
  clientsApiSingle,
  clientsApiLoaded,
  consolePageSingle,
  consolePageLoaded,
];
