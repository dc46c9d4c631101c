/** Public surface of the variants stage for the engine. */
export { applyVariants, type ApplyVariantsOptions, type ApplyVariantsResult } from './transform.js';
export { createConverter, RuleSet, type TextConverter } from './converter.js';
export { hasConversionTables, TARGET_VARIANTS, validateVariant, type Variant } from './codes.js';
export { langConvert, langConvertWikitext } from './langconvert.js';
