import validateStatement from '@learninglocker/xapi-validation';

/**
 * Problems Learning Locker's validator (@learninglocker/xapi-validation) finds in a statement,
 * one line each: "statement.result.score.scaled: Scaled (2)". Empty when the statement is valid.
 */
export function xapiProblems(statement: unknown): string[] {
  return validateStatement(statement).map((w) => {
    const warning = w as unknown as { path: string[]; typeName?: string; name: string; data?: unknown };
    return `${warning.path.join('.')}: ${warning.typeName ?? warning.name} (${JSON.stringify(warning.data)})`;
  });
}
