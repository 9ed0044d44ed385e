import Link from "next/link";
import type { ClientApiAccess } from "@/lib/portal/api-clients/list-client-api-access";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

/**
 * On a machine-to-machine app's page: the API scopes it registered and whether each API's owner
 * approved them, so its developer knows why client_credentials answers invalid_scope until then,
 * and where the approval happens: their own API's page, or the API's owner.
 */
export function ClientApiAccessCard({ access }: { access: ClientApiAccess[] }) {
  if (!access.length) return null;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">API access</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Client-credentials tokens carry an API&apos;s scopes only once that API&apos;s owner approves them; until then
        the token request is refused with invalid_scope.
      </p>
      <ul className="flex flex-col gap-4" aria-label="API access">
        {access.map(({ api, scopes }) => (
          <li key={api.identifier} aria-label={api.name} className="flex flex-col gap-2">
            <p className="text-sm">
              <span className="font-medium text-slate-900 dark:text-slate-100">{api.name}</span>{" "}
              <span className="text-slate-600 dark:text-slate-400">by {api.developer}</span>{" "}
              <code className="break-all font-mono text-xs text-slate-600 dark:text-slate-400">{api.identifier}</code>
            </p>
            <ul className="flex flex-col gap-1">
              {scopes.map((scope) => (
                <li key={scope.value} className="flex flex-wrap items-center gap-2 text-sm">
                  <code className="font-mono">{scope.value}</code>
                  {scope.approved ? (
                    <Badge tone="success">approved</Badge>
                  ) : (
                    <Badge tone="warning">awaiting approval</Badge>
                  )}
                  <span className="text-slate-600 dark:text-slate-400">{scope.description}</span>
                </li>
              ))}
            </ul>
            {scopes.some((scope) => !scope.approved) &&
              (api.yours ? (
                <Link
                  href={`/console/apis/${encodeURIComponent(api.id)}#machine-access`}
                  className="self-start text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100"
                >
                  Approve on {api.name}&apos;s page
                </Link>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {api.developer}, who owns {api.name}, approves it under Machine-to-machine access on the API&apos;s
                  page in their console. Ask them, with this app&apos;s client ID.
                </p>
              ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}
