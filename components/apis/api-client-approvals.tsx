"use client";

import { useActionState, useState } from "react";
import { deleteApiClientAction, updateApiClientAction } from "@/lib/delivery/actions/api-actions";
import type { ApiClient } from "@/lib/portal/api-clients/schemas";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard } from "@/components/ui/list-card";

type Props = {
  apiId: string;
  clients: ApiClient[];
  scopes: { value: string; description: string }[];
  /** Without the role to approve (a team's developer or viewer): what was asked and approved, no controls. */
  readOnly?: boolean;
};

/**
 * The apps asking for this API's scopes with client_credentials: the owner approves each scope per
 * app (until then their token requests for it fail with invalid_scope), or removes the app's access.
 */
export function ApiClientApprovals({ apiId, clients, scopes, readOnly = false }: Props) {
  if (!clients.length) {
    return (
      <EmptyState title="No app has asked yet">
        When a developer registers a machine-to-machine app with this API&apos;s scopes, it appears here for you to
        approve.
      </EmptyState>
    );
  }
  const descriptions = new Map(scopes.map((scope) => [scope.value, scope.description]));
  return (
    <ListCard label="Apps asking for machine-to-machine access">
      {clients.map((client) => (
        <ApprovalItem
          key={client.client_id}
          apiId={apiId}
          client={client}
          descriptions={descriptions}
          readOnly={readOnly}
        />
      ))}
    </ListCard>
  );
}

function ApprovalItem({
  apiId,
  client,
  descriptions,
  readOnly,
}: {
  apiId: string;
  client: ApiClient;
  descriptions: Map<string, string>;
  readOnly: boolean;
}) {
  const [state, action, pending] = useActionState(updateApiClientAction, null);
  const [checked, setChecked] = useState(client.approved_scopes);
  const pendingCount = client.requested_scopes.filter((scope) => !client.approved_scopes.includes(scope)).length;
  const options = [...new Set([...client.requested_scopes, ...client.approved_scopes])].map((value) => ({
    value,
    label: <code className="font-mono">{value}</code>,
    description: descriptions.get(value),
  }));
  return (
    <li aria-label={client.client_name} className="flex flex-col gap-3 p-4 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <span className="break-words">{client.client_name}</span>
            {pendingCount > 0 ? (
              <Badge tone="warning">{`${pendingCount} awaiting approval`}</Badge>
            ) : (
              <Badge tone="success">approved</Badge>
            )}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            by {client.developer} · <code className="font-mono text-xs">{client.client_id}</code>
          </p>
        </div>
        {client.approved_scopes.length > 0 && !readOnly && (
          <ConfirmActionButton
            action={deleteApiClientAction}
            fields={{ api_id: apiId, client_id: client.client_id }}
            label="Remove access"
            srLabel={`of ${client.client_name}`}
            title={`Remove ${client.client_name}’s access?`}
            description="Its next client_credentials requests for this API fail with invalid_scope. Tokens it already holds stay valid until they expire."
            confirmLabel="Remove access"
            successMessage={`${client.client_name} no longer gets tokens for this API.`}
            pendingLabel="Removing…"
          />
        )}
      </div>
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="api_id" value={apiId} />
        <input type="hidden" name="client_id" value={client.client_id} />
        <fieldset disabled={readOnly} className="min-w-0">
          <CheckboxGroup
            legend="Approved scopes"
            name="scopes"
            idPrefix={`approve-${client.client_id}`}
            options={options}
            values={checked}
            onChange={setChecked}
            errors={state && !state.ok ? [state.message, ...(state.fieldErrors?.scopes ?? [])] : undefined}
          />
        </fieldset>
        {state?.ok && <Alert tone="success">Approval saved.</Alert>}
        {!readOnly && (
          <SubmitButton
            variant="secondary"
            className="self-start"
            pending={pending}
            label="Save approval"
            pendingLabel="Saving…"
          />
        )}
      </form>
    </li>
  );
}
