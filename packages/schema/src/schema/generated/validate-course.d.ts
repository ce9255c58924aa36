/** One error of the compiled course validator (Ajv's `ErrorObject`, without messages). */
export interface CompiledError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

/** The course schema, compiled ahead of time (Ajv standalone): no `eval`, safe under a strict CSP. */
export declare const validate: ((data: unknown) => boolean) & { errors?: CompiledError[] | null };
export default validate;
