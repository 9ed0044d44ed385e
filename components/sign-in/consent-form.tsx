import { Button } from "@/components/ui/button";
import type { ConsentScope } from "@/lib/provider/sign-in/consent-scopes";
import type { InteractionView } from "@/lib/provider/sign-in/get-interaction-view";
import { linkClass } from "./auth-page";

type Props = { view: InteractionView };

// Third-party apps only (first-party ones never see it). A plain form to a route handler, which
// answers 303 to oidc-provider: Allow grants what is listed, Cancel sends access_denied to the app.
export function ConsentForm({ view }: Props) {
  const { uid, client, clientName, scopes, apis, hasGrant } = view;
  const links = [
    { href: client?.clientUri, label: "Homepage" },
    { href: client?.policyUri, label: "Privacy policy" },
    { href: client?.tosUri, label: "Terms of service" },
  ].filter((link): link is { href: string; label: string } => !!link.href);
  return (
    <form method="post" action={`/interaction/${encodeURIComponent(uid)}/consent`} className="flex flex-col gap-5">
      <section aria-labelledby="consent-scopes">
        <h2 id="consent-scopes" className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {hasGrant
            ? `${clientName} already has some access and is asking for more. It will be able to:`
            : `${clientName} will be able to:`}
        </h2>
        {scopes.length > 0 && (
          <ul className="mt-3 flex flex-col gap-2" data-testid="consent-scopes">
            {scopes.map((scope) => (
              <ScopeItem key={scope.name} scope={scope} hasGrant={hasGrant} />
            ))}
          </ul>
        )}
        {apis.map((api) => (
          <section
            key={api.identifier}
            aria-label={`${api.name}, by ${api.developer}`}
            className="mt-4"
            data-testid="consent-api"
          >
            <h3 className="text-sm font-medium text-slate-800 dark:text-slate-200">
              {api.name} <span className="font-normal text-slate-600 dark:text-slate-400">· by {api.developer}</span>
            </h3>
            <ul className="mt-2 flex flex-col gap-2">
              {api.scopes.map((scope) => (
                <ScopeItem key={scope.name} scope={scope} hasGrant={hasGrant} />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Make sure you trust {clientName}. You can remove its access at any time in{" "}
        <a href="/account/apps" target="_blank" rel="noopener" className={linkClass}>
          Connected apps
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        .
      </p>
      {links.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`About ${clientName}`}>
          {links.map((link) => (
            <li key={link.label}>
              <a href={link.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
                {link.label}
                <span className="sr-only"> of {clientName} (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {/* The answer stays in sight however long the list (a laptop's 800 px, a phone): the bar
          sticks to the bottom of the window while the form is on screen. */}
      <div className="sticky bottom-0 -mx-6 -mb-6 flex rounded-b-lg flex-col gap-2 border-t border-slate-200 bg-white/95 px-6 py-4 backdrop-blur-sm sm:-mx-8 sm:-mb-8 sm:px-8 dark:border-slate-800 dark:bg-slate-900/95">
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button type="submit" name="decision" value="deny" variant="secondary">
            Cancel
          </Button>
          <Button type="submit" name="decision" value="allow">
            Allow
          </Button>
        </div>
        {view.redirectTo && (
          // As GitHub does ("Authorizing will redirect to …"): where either answer goes.
          <p className="text-center text-xs break-all text-slate-600 sm:text-right dark:text-slate-400">
            Either answer takes you to <span className="font-medium">{view.redirectTo}</span>
          </p>
        )}
      </div>
    </form>
  );
}

/** One permission in plain words; when the app already holds some access, whether it is new. */
function ScopeItem({ scope, hasGrant }: { scope: ConsentScope; hasGrant: boolean }) {
  return (
    <li
      data-scope={scope.name}
      data-new={scope.isNew || undefined}
      className={
        scope.isNew && hasGrant
          ? "rounded-md border border-brand-500 bg-brand-50/70 px-3 py-2.5 dark:border-brand-500 dark:bg-slate-800"
          : "rounded-md border border-slate-200 px-3 py-2.5 dark:border-slate-700"
      }
    >
      <div className="flex items-start justify-between gap-3">
        <span className="text-sm font-medium text-slate-900 dark:text-slate-100">{scope.title}</span>
        {hasGrant && (
          <span
            className={`shrink-0 text-xs font-medium ${scope.isNew ? "text-brand-700 dark:text-brand-100" : "text-slate-600 dark:text-slate-400"}`}
          >
            {scope.isNew ? "New" : "Already allowed"}
          </span>
        )}
      </div>
      {scope.description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{scope.description}</p>}
    </li>
  );
}
