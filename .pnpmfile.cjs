// Build native addons (better-sqlite3) from source against the running Node's own headers when they
// are installed beside it, instead of downloading a prebuilt binary or a header tarball.
const fs = require('node:fs');
const path = require('node:path');

const prefix = path.resolve(path.dirname(process.execPath), '..');
const localHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'));

module.exports = {
  hooks: {
    updateConfig(config) {
      if (!localHeaders) return config;
      config.extraEnv = { ...config.extraEnv, npm_config_nodedir: prefix, npm_config_build_from_source: 'true' };
      return config;
    },
  },
};
