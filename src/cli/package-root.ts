// The folder of rstro's package (package.json, astro.config.mjs, src/). The
// command may run from a compiled copy of src/ elsewhere (bin/compiled-sources.js);
// bin/rstro.js then says where the package is.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT: string = process.env.RSTRO_PACKAGE_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
