/** Errors beside the fields of a refused post: field name → the one message shown. */
export type FieldErrors = Record<string, string>;

/**
 * What every refused admin post sends back (`invalid()` in `$lib/server/forms/parse-form`): the
 * errors, the text of each field to show again, and the ticked choices of each field that takes
 * several. One shape, typed so that a page reads `form.values.name` as a string without a cast.
 */
export interface FormFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	lists: Record<string, string[]>;
}
