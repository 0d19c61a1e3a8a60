// Finds a Chromium for Playwright. Playwright's own browser download is blocked on machines that
// reach only package registries, so on Debian as root we install Debian's `chromium`; elsewhere we
// fall back to Playwright's download.
import fs from 'node:fs';
import { log, run } from './steps.mjs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Returns the executable to launch, or null to let Playwright use its own download. */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && fs.existsSync(configured)) return configured;
  const found = SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (found) {
    log(`chromium: ${found}`);
    return found;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    log('chromium: installing Debian package (about a minute)');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    return SYSTEM_CHROMIUM[0];
  }
  log('chromium: no system Chromium; downloading Playwright’s');
  run('npx', ['playwright', 'install', 'chromium']);
  return null;
}
