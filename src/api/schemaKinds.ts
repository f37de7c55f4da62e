/**
 * The first screen's schemas (config.json, the access token's claims, the wire) use only the zod/mini
 * kinds they cannot do without: object, array, string, number, optional and custom checks. A fixed
 * set of strings and a map are built here from those: z.enum, z.record, z.union
 * and z._default would add 1.3 KB gzip to the first screen (measured against `npm run bench`'s
 * libraries-only page), where the budget is 17 KB for all the app's own code.
 */
import * as z from 'zod/mini';

/** What is wrong with a value, or undefined when nothing is. */
type Problem = (value: unknown) => string | undefined;

/** A value `problem` finds nothing wrong with; the issue's message is the problem's. */
export const satisfying = <T>(problem: Problem) =>
  z.custom<T>((value) => problem(value) === undefined, { error: (issue) => problem(issue.input) ?? 'is not valid' });

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One of a few strings (what z.enum checks). */
export const oneOf = <const T extends string>(values: readonly T[]) =>
  satisfying<T>((value) => (values.includes(value as T) ? undefined : `must be one of ${values.join(', ')}`));

/**
 * An object used as a map (what z.record checks): every value checked by `entry`, each problem named
 * by its key. The values are kept as given: `entry` must not transform (no defaults inside).
 */
export const recordOf = <T>(entry: z.ZodMiniType<T>) =>
  satisfying<Record<string, T>>((value) => (isPlainObject(value) ? undefined : 'must be an object')).check(
    z.superRefine((record, context) => {
      for (const [key, value] of Object.entries(record)) {
        const result = entry.safeParse(value);
        if (!result.success) for (const issue of result.error.issues) context.addIssue({ ...issue, path: [key, ...issue.path] });
      }
    }),
  );
