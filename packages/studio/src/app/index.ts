// The Studio app's entry, bundled into dist/app/index.js and loaded by the page the server sends:
// defines <ck-studio> and its parts, and puts the app on the page.
import { defineStudio } from './define';

defineStudio();
document.documentElement.lang ||= 'id';
if (!document.querySelector('ck-studio')) document.body.append(document.createElement('ck-studio'));
