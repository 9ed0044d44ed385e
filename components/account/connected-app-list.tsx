import { AppLogo } from "@/components/ui/app-logo";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import type { ConnectedApp } from "@/lib/grants/list-grants";
import { isScope, SCOPES } from "@/lib/scopes/oidc-scopes";
import { RemoveAccessButton } from "./remove-access-button";

/** The apps the user has allowed: what each may do, since when, when last used, and removal. */
export function ConnectedAppList({ apps }: { apps: ConnectedApp[] }) {
  if (!apps.length) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
        <p className="font-medium">No connected apps</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">When you allow an app to use your Ninka account, it appears here.</p>
      </div>
    );
  }
  return (
    <ul aria-label="Connected apps" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {apps.map((app) => (
        <li key={app.clientId} aria-label={app.name} className="flex flex-col gap-4 p-4 sm:p-5">
          <div className="flex items-start gap-3">
            <AppLogo name={app.name} logoUri={app.logoUri} />
            <div className="min-w-0 flex-1">
              <p className="font-medium break-words">{app.name}</p>
              {app.clientUri && (
                <a href={app.clientUri} target="_blank" rel="noopener noreferrer" className="block truncate text-sm text-brand-600 underline-offset-4 hover:underline dark:text-brand-100">
                  {new URL(app.clientUri).host}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              )}
            </div>
            <RemoveAccessButton clientId={app.clientId} name={app.name} />
          </div>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[2fr_1fr_1fr]">
            <DetailItem label="Can">
              <ul className="flex flex-col gap-0.5">
                {app.scopes.map((scope) => (
                  <li key={scope}>{isScope(scope) ? SCOPES[scope].title : scope}</li>
                ))}
              </ul>
            </DetailItem>
            <DetailItem label="Allowed">{app.grantedAt ? <DateTime value={app.grantedAt} /> : "—"}</DetailItem>
            <DetailItem label="Last used">{app.lastUsedAt ? <DateTime value={app.lastUsedAt} /> : "Not yet"}</DetailItem>
          </dl>
        </li>
      ))}
    </ul>
  );
}
