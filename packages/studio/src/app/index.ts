// The Studio app's entry, bundled into dist/app/index.js and loaded by the page the server sends.
document.documentElement.lang ||= 'id';
