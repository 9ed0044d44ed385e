import { describe, expect, it } from "vitest";
import { TEAM_ACTIONS, TEAM_ROLES, mayManageRole, roleAllows, teamRights } from "./team-permissions";

describe("teamRights", () => {
  it("answers every action of the table as roleAllows does, for each role", () => {
    for (const role of TEAM_ROLES) {
      const rights = teamRights(role);
      expect(Object.keys(rights).sort()).toEqual(Object.keys(TEAM_ACTIONS).sort());
      for (const [action, allowed] of Object.entries(rights))
        expect(allowed).toBe(roleAllows(role, action as keyof typeof TEAM_ACTIONS));
    }
  });

  it("gives a viewer reading only, an owner everything, no role nothing", () => {
    expect(Object.entries(teamRights("viewer")).filter(([, allowed]) => allowed)).toEqual([["apps.read", true]]);
    expect(Object.values(teamRights("owner")).every(Boolean)).toBe(true);
    expect(Object.values(teamRights(null)).some(Boolean)).toBe(false);
  });

  it("lets admins manage roles below owner and only owners manage owners", () => {
    expect(TEAM_ROLES.filter((role) => mayManageRole("admin", role))).toEqual(["viewer", "developer", "admin"]);
    expect(TEAM_ROLES.filter((role) => mayManageRole("owner", role))).toEqual([...TEAM_ROLES]);
    expect(TEAM_ROLES.filter((role) => mayManageRole("developer", role))).toEqual([]);
  });
});
