import type { AppRef } from "@/lib/portal/api-clients/find-api-clients";

/** The apps that lose something, named with their developer (before a scope or an API goes). */
export function AffectedApps({ apps }: { apps: AppRef[] }) {
  return (
    <ul className="mt-2 flex max-h-48 flex-col gap-1 overflow-y-auto" aria-label="Affected apps">
      {apps.map((app) => (
        <li key={app.client_id} className="text-sm">
          <span className="font-medium text-slate-900 dark:text-slate-100">{app.client_name}</span>{" "}
          <span className="text-slate-600 dark:text-slate-400">by {app.developer}</span>
        </li>
      ))}
    </ul>
  );
}

/** Every app in `holders` once, for the scopes given (all when omitted). */
export function appsHolding(holders: Record<string, AppRef[]>, scopes: string[] = Object.keys(holders)): AppRef[] {
  const apps = new Map(scopes.flatMap((scope) => holders[scope] ?? []).map((app) => [app.client_id, app]));
  return [...apps.values()];
}
