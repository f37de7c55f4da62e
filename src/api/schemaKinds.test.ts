import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { oneOf, recordOf, satisfying } from './schemaKinds';

const problems = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`);
};

describe('schema kinds built from the first screen’s zod kinds', () => {
  it('oneOf accepts the listed strings and names them when given another', () => {
    const environment = oneOf(['sandbox', 'production']);
    expect(environment.parse('sandbox')).toBe('sandbox');
    expect(problems(environment, 'staging')).toEqual(['(value): must be one of sandbox, production']);
    expect(problems(environment, 1)).toEqual(['(value): must be one of sandbox, production']);
  });

  it('recordOf checks every value and names a problem by its key, inside an object too', () => {
    const roles = z.object({ access: recordOf(z.object({ roles: z.array(z.string()) })) });
    const good = { access: { backend: { roles: ['rest-access'] }, account: { roles: [] } } };
    expect(roles.parse(good)).toEqual(good);
    expect(problems(roles, { access: { backend: { roles: 'rest-access' } } })).toEqual([expect.stringMatching(/^access\.backend\.roles: /)]);
    expect(problems(roles, { access: ['backend'] })).toEqual(['access: must be an object']);
    expect(problems(roles, { access: { a: {}, b: { roles: [1] } } })).toEqual([
      expect.stringMatching(/^access\.a\.roles: /),
      expect.stringMatching(/^access\.b\.roles\.0: /),
    ]);
  });

  it('satisfying carries the problem’s own words', () => {
    const even = satisfying<number>((value) => (typeof value === 'number' && value % 2 === 0 ? undefined : 'must be even'));
    expect(even.parse(4)).toBe(4);
    expect(problems(even, 3)).toEqual(['(value): must be even']);
  });
});
