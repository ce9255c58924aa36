import { CkScenario, define } from '@coursekit/components';
import { CkStudioAssets } from './assets';
import { CkStudioBuild } from './build';
import { CkStudioForm } from './form';
import { CkStudioMarkdown } from './markdown-editor';
import { CkStudioOutline } from './outline';
import { CkStudioPreview } from './preview';
import { CkStudioProblems } from './problems';
import { CkStudioScenario } from './scenario';
import { CkStudio } from './studio';

/** Defines every element of the Studio app (each file only declares its class). */
export function defineStudio(): void {
  // Plays a scenario from any node, as learners will see it.
  define('ck-scenario', CkScenario);
  define('ck-studio-markdown', CkStudioMarkdown);
  define('ck-studio-form', CkStudioForm);
  define('ck-studio-outline', CkStudioOutline);
  define('ck-studio-scenario', CkStudioScenario);
  define('ck-studio-preview', CkStudioPreview);
  define('ck-studio-problems', CkStudioProblems);
  define('ck-studio-assets', CkStudioAssets);
  define('ck-studio-build', CkStudioBuild);
  define('ck-studio', CkStudio);
}
