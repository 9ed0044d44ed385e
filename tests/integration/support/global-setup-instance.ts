import type { TestProject } from "vitest/node";
import { startProjectServers } from "./global-setup";

// The instance server of an `integration-*-instance` project (vitest.config.ts): one Ninka process
// with the default configuration on a database of its own, for the files that change instance
// settings or count rows across the instance. Those files run one at a time, after the others
// (useInstanceServer, use-server.ts), so each has the instance to itself while it runs.
export default async function setup(project: TestProject) {
  const { provided, teardown } = await startProjectServers(project, 1);
  project.provide("instanceServer", provided[0]!);
  return teardown;
}
