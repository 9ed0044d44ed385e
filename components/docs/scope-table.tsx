import { SCOPES } from "@/lib/oauth-core/scopes/oidc-scopes";

/** The scopes Ninka offers, with the words users see on the consent screen. */
export function ScopeTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Scope</th>
          <th scope="col">What the user is asked</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(SCOPES).map(([name, scope]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              {scope.title}: {scope.description}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
