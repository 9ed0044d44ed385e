import { TEAM_ACTIONS, TEAM_ROLES, roleAllows, type TeamAction } from "@/lib/kernel/actors/team-permissions";
import { ROLE_LABELS } from "./team-roles";

/** What each role may do, as one table read from the one permission table, folded away unless `open`. */
export function RoleMatrix({ open = false }: { open?: boolean }) {
  const actions = Object.keys(TEAM_ACTIONS) as TeamAction[];
  return (
    <details
      open={open}
      className="group rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <summary className="cursor-pointer rounded font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500">
        What each role may do
      </summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse text-left">
          <caption className="sr-only">Team roles and what each may do</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3 font-medium">
                Action
              </th>
              {TEAM_ROLES.map((role) => (
                <th key={role} scope="col" className="px-2 py-2 text-center font-medium">
                  {ROLE_LABELS[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 font-normal text-slate-700 dark:text-slate-300">
                  {TEAM_ACTIONS[action].label}
                </th>
                {TEAM_ROLES.map((role) => (
                  <td key={role} className="px-2 py-2 text-center">
                    {roleAllows(role, action) ? (
                      <>
                        <span aria-hidden="true" className="text-emerald-700 dark:text-emerald-400">
                          ✓
                        </span>
                        <span className="sr-only">Yes</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                          –
                        </span>
                        <span className="sr-only">No</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
