// pa11y-ci/pa11y use puppeteer; never let it download its own Chrome.
// The benchmark points it at Debian's /usr/bin/chromium instead.
module.exports = { skipDownload: true };
