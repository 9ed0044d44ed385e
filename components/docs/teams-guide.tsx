import Link from "next/link";
import { RoleMatrix } from "@/components/teams/role-matrix";

/** /docs/teams: teams own apps and APIs; what each role may do comes from the one permission table. */
export function TeamsGuide() {
  return (
    <article>
      <h1>Work in a team</h1>
      <p>
        An app or an API belongs to you or to a team. A team keeps working when the developer who registered its apps
        moves on: its members manage them with the role each was given, and consent screens say the team developed the
        app.
      </p>
      <h2>1. Create a team and invite people</h2>
      <ol>
        <li>
          In the <Link href="/console/teams">console</Link>, open the workspace menu in the header and choose{" "}
          <strong>Create team</strong>: a name, a unique slug, and optionally a logo and homepage for consent screens.
        </li>
        <li>
          On the team&apos;s <strong>Members</strong> page, invite a colleague by email with a role. The mailed link
          works once, for a week, and only for an account with that address, verified.
        </li>
      </ol>
      <h2>2. Register apps and APIs in the team</h2>
      <p>
        Switch to the team in the workspace menu and register an app or API there, or move one of yours into the team
        from its Settings (<strong>Move to…</strong>). Moving keeps its client ID, secrets, tokens and consent. Over the{" "}
        <Link href="/docs/api">REST API</Link>, pass <code>team_id</code> to <code>POST /clients</code> or{" "}
        <code>POST /apis</code>, list a team&apos;s with <code>?team_id=</code>, and move one with{" "}
        <code>PUT /clients/&#123;id&#125;/owner</code>; personal access tokens need <code>teams:read</code> or{" "}
        <code>teams:write</code> for the <code>/teams</code> operations.
      </p>
      <h2>3. What each role may do</h2>
      <p>
        A role too low for an action is refused with 403 and the role it needs (<code>required_role</code>); a team you
        are not in answers 404, as if it did not exist. Removing a member ends their access at their next request.
      </p>
      <RoleMatrix open />
    </article>
  );
}
