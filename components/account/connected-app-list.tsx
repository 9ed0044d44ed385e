import { AppLogo } from "@/components/ui/app-logo";
import { DateTime } from "@/components/ui/date-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { ConnectedApp } from "@/lib/portal/grants/list-grants";
import { isScope, SCOPES } from "@/lib/oauth-core/scopes/oidc-scopes";
import { RemoveAccessButton } from "./remove-access-button";

/** The apps the user has allowed: what each may do, since when, when last used, and removal. */
export function ConnectedAppList({ apps }: { apps: ConnectedApp[] }) {
  if (!apps.length) {
    return (
      <EmptyState title="No connected apps">
        When you allow an app to use your Ninka account, it appears here.
      </EmptyState>
    );
  }
  return (
    <ListCard label="Connected apps">
      {apps.map((app) => (
        <ListCardItem
          key={app.clientId}
          label={app.name}
          heading={
            <div className="flex min-w-0 flex-1 items-start gap-3">
              <AppLogo name={app.name} logoUri={app.logoUri} />
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{app.name}</p>
                {app.clientUri && (
                  <a
                    href={app.clientUri}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="block truncate text-sm text-brand-600 underline-offset-4 hover:underline dark:text-brand-100"
                  >
                    {new URL(app.clientUri).host}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                )}
              </div>
            </div>
          }
          action={<RemoveAccessButton clientId={app.clientId} name={app.name} />}
          detailsClassName="sm:grid-cols-[2fr_1fr_1fr]"
        >
          <DetailItem label="Can">
            <ul className="flex flex-col gap-0.5">
              {app.scopes.map((scope) => (
                <li key={scope}>{isScope(scope) ? SCOPES[scope].title : scope}</li>
              ))}
              {app.apis.flatMap((api) =>
                api.scopes.map((scope) => (
                  <li key={scope.value}>
                    {scope.description} <span className="text-slate-600 dark:text-slate-400">({api.name})</span>
                  </li>
                )),
              )}
            </ul>
          </DetailItem>
          <DetailItem label="Allowed">{app.grantedAt ? <DateTime value={app.grantedAt} /> : "—"}</DetailItem>
          <DetailItem label="Last used">
            {app.lastUsedAt ? <RelativeTime value={app.lastUsedAt} /> : "Not yet"}
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
