"use client";

import { useActionState, useId, useState } from "react";
import { inputClass } from "@/components/ui/field-shell";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { updateMemberAction } from "@/lib/delivery/actions/team-member-actions";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import type { MemberView } from "@/lib/portal/teams/schemas";
import { ROLE_LABELS } from "./team-roles";

type Props = { teamId: string; member: MemberView; roles: TeamRole[] };

/** A member's role, changed with a select and "Save" (only the roles the changer may give, mayManageRole). */
export function MemberRoleForm({ teamId, member, roles }: Props) {
  const toast = useToast();
  const id = useId();
  const [role, setRole] = useState(member.role);
  const [state, action, pending] = useActionState<Awaited<ReturnType<typeof updateMemberAction>> | null, FormData>(
    async (previous, form) => {
      const result = await updateMemberAction(previous, form);
      if (result.ok) toast(`${result.data.name} is now ${ROLE_LABELS[result.data.role].toLowerCase()}.`);
      return result;
    },
    null,
  );
  const error = state && !state.ok ? state.message : null;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="team_id" value={teamId} />
      <input type="hidden" name="user_id" value={member.id} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role of {member.name}
        </label>
        <select
          id={id}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as TeamRole)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputClass} py-1.5 text-sm`}
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" className="py-1.5" disabled={pending || role === member.role}>
          {pending ? "Saving…" : "Save"}
          <span className="sr-only"> role of {member.name}</span>
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm break-words text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
