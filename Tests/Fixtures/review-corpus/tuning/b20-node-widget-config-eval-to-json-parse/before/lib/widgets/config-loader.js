'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');
const debug = require('debug')('widgets:config');

const DEFAULTS = Object.freeze({
  theme: 'light',
  refreshSeconds: 60,
  columns: 3,
  widgets: [],
});

const WIDGET_TYPES = new Set(['chart', 'table', 'counter', 'markdown']);

class ConfigError extends Error {
  constructor(message, file) {
    super(file ? `${path.basename(file)}: ${message}` : message);
    this.name = 'ConfigError';
  }
}

/**
 * Dashboard configs used to be written by hand as JS object literals
 * (unquoted keys, trailing commas), which is why they are evaluated.
 */
function parseConfigText(text, file) {
  try {
    // eslint-disable-next-line no-eval
    return eval('(' + text + ')');
  } catch (err) {
    throw new ConfigError(`cannot parse config: ${err.message}`, file);
  }
}

function validate(config, file) {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError('config must be an object', file);
  }
  const merged = { ...DEFAULTS, ...config };
  if (!['light', 'dark'].includes(merged.theme)) {
    throw new ConfigError(`unknown theme "${merged.theme}"`, file);
  }
  if (!Number.isInteger(merged.refreshSeconds) || merged.refreshSeconds < 10) {
    throw new ConfigError('refreshSeconds must be an integer >= 10', file);
  }
  if (!Array.isArray(merged.widgets)) {
    throw new ConfigError('widgets must be an array', file);
  }
  merged.widgets.forEach((w, i) => {
    if (!w || !WIDGET_TYPES.has(w.type)) {
      throw new ConfigError(`widget ${i} has unknown type "${w && w.type}"`, file);
    }
  });
  return merged;
}

async function loadDashboardConfig(dir, name) {
  if (!/^[a-z0-9-]{1,64}$/.test(name)) {
    throw new ConfigError(`invalid dashboard name "${name}"`);
  }
  const file = path.join(dir, `${name}.json`);
  const text = await fs.readFile(file, 'utf8');
  debug('loaded %s (%d bytes)', file, text.length);
  return validate(parseConfigText(text, file), file);
}

async function saveDashboardConfig(dir, name, config) {
  const file = path.join(dir, `${name}.json`);
  const valid = validate(config, file);
  await fs.writeFile(file, JSON.stringify(valid, null, 2) + '\n', 'utf8');
  return valid;
}

module.exports = {
  ConfigError,
  DEFAULTS,
  loadDashboardConfig,
  parseConfigText,
  saveDashboardConfig,
  validate,
};
