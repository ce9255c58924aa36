import { describe, expect, it } from 'vitest';
import { packagedCredentialsWarning } from './security';

describe('credentials in a package', () => {
  it('are nothing to warn about when there are none, or when the host page supplies them through a callback', () => {
    expect(packagedCredentialsWarning({ endpoint: 'https://lrs.example.go.id/xapi/' })).toBeNull();
    expect(packagedCredentialsWarning({ endpoint: 'https://lrs.example.go.id/xapi/', auth: '  ' })).toBeNull();
    expect(packagedCredentialsWarning({ endpoint: 'https://lrs.example.go.id/xapi/', auth: async () => 'Bearer short-lived' })).toBeNull();
  });

  it.each([
    ['an Authorization value', { auth: 'Basic YWJjOmRlZg==' }],
    ['a user name', { username: 'course-key' }],
    ['a password', { password: 'hunter2-lrs-secret' }],
  ])('get a loud CK730 warning for %s, which never repeats the secret', (_, secret) => {
    const warning = packagedCredentialsWarning({ endpoint: 'https://lrs.example.go.id/xapi/', ...secret });
    expect(warning?.code).toBe('CK730');
    expect(warning?.message).toMatch(/^CK730 LRS credentials for https:\/\/lrs\.example\.go\.id\/xapi\/ will be written into the package\. Every learner can read them/);
    for (const value of Object.values(secret)) expect(warning?.message).not.toContain(value);
  });
});
