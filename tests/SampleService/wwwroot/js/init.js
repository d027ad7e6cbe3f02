// Runs in <head>: marks the page as having JavaScript, so .js-only controls show without a flash.
document.documentElement.className = document.documentElement.className.replace(/\bno-js\b/, '') + ' js-enabled';
