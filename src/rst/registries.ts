// One set of directive and role registries per parser instance: docutils'
// standard ones, which a layer above (the Sphinx layer) copies and extends.
import type { Registries } from './api.js';
import { standardDirectives } from './directives/index.js';
import { standardRoles } from './roles/index.js';

export function createRegistries(): Registries {
  return { directives: standardDirectives(), roles: standardRoles() };
}
