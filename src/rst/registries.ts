// One set of directive and role registries per parser instance: docutils'
// standard ones, which a layer above (the Sphinx layer) copies and extends.
import type { Registries } from './api.js';
import { standardDirectives } from './directives/index.js';
import { standardRoles } from './roles/index.js';

/** The directive specs and role functions createRegistries made (rstro's own). */
const ownExtensions = new WeakSet<object>();

export function createRegistries(): Registries {
  const registries: Registries = { directives: standardDirectives(), roles: standardRoles() };
  for (const spec of registries.directives.values()) ownExtensions.add(spec);
  for (const role of registries.roles.values()) ownExtensions.add(role);
  return registries;
}

/**
 * True when every directive and role registered is one createRegistries made. rstro's own build
 * their nodes with `el`/`text`, which count the nodes they build without a position; an extension
 * registered from outside may build nodes some other way, so the parser then checks every node.
 */
export function hasOnlyOwnExtensions(registries: Registries): boolean {
  for (const spec of registries.directives.values()) if (!ownExtensions.has(spec)) return false;
  for (const role of registries.roles.values()) if (!ownExtensions.has(role)) return false;
  return true;
}
