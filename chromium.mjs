// How every browser test and script starts Chromium: Debian's /usr/bin/chromium (never a
// downloaded browser) with the flags CI needs (it runs as root, with no network but loopback).
// Playwright's `chromium.launch(chromiumLaunchOptions)` and vitest's playwright provider
// (`launchOptions: chromiumLaunchOptions`) take it as it is.
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
