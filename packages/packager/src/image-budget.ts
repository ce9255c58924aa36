// `@coursekit/packager/image-budget`: the image budget check (CK740) alone, for `coursekit validate`,
// without loading the zip writer, the manifests or the image decoders.
export { imageBudgetWarnings, imageOverBudget, DEFAULT_IMAGE_BUDGET } from './assets/budget';
