"use client";

import { deleteApiAction } from "@/lib/delivery/actions/api-actions";
import type { AppRef } from "@/lib/portal/api-clients/find-api-clients";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { AffectedApps } from "./affected-apps";

/** Delete an API after typing its name, seeing first which apps lose its permissions. */
export function DeleteApiButton({
  apiId,
  name,
  affected,
  teamId,
}: {
  apiId: string;
  name: string;
  affected: AppRef[];
  /** A team's API returns to the team's APIs. */
  teamId?: string;
}) {
  return (
    <ConfirmActionButton
      action={deleteApiAction}
      fields={{ api_id: apiId, ...(teamId && { team_id: teamId }) }}
      typeToConfirm={{ name, field: "name" }}
      label="Delete API"
      title={`Delete “${name}”?`}
      description={
        <>
          <p>
            New requests for its scopes fail at once and its permissions are taken out of every app; tokens already
            issued stay valid until they expire. This cannot be undone.
          </p>
          {affected.length > 0 ? (
            <>
              <p className="mt-3 font-medium text-slate-800 dark:text-slate-200">
                {affected.length === 1 ? "1 app uses this API:" : `${affected.length} apps use this API:`}
              </p>
              <AffectedApps apps={affected} />
            </>
          ) : (
            <p className="mt-3">No app uses this API.</p>
          )}
        </>
      }
      confirmLabel="Delete this API"
      pendingLabel="Deleting…"
      successMessage={`“${name}” deleted.`}
    />
  );
}
