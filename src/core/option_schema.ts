/**
 * Options described once: each option's kind (number, boolean, choice or a
 * check of its own), its range or choices and its default, in a schema that
 * every validator and unknown-option check of the library reads.
 *
 * @module
 */

import { clip, rangeError, show, typeError } from "./errors.ts";

/** A number option, with an optional range (bounds inclusive unless open). */
export interface NumberSpec {
  /** The kind of option. */
  kind: "number";
  /** The default (null: the option is required or has no value by default). */
  default: number | null;
  /** Integers only. */
  integer?: boolean;
  /** Smallest value. */
  min?: number;
  /** `min` itself is refused. */
  minOpen?: boolean;
  /** Largest value. */
  max?: number;
  /** Which error a value that is not a number gets: `"type"` (default) or `"range"`. */
  wrongType?: "type" | "range";
  /** What the value must be, for messages, when the range alone does not say it. */
  label?: string;
  /** A null value means "absent" (the default). */
  nullAsDefault?: boolean;
  /** The option must be given (absent is checked as the value `undefined`). */
  required?: boolean;
}

/** A boolean option. */
export interface BooleanSpec {
  /** The kind of option. */
  kind: "boolean";
  /** The default. */
  default: boolean;
  /** The option must be given. */
  required?: boolean;
}

/** A string option: one of a few choices. */
export interface ChoiceSpec {
  /** The kind of option. */
  kind: "choice";
  /** The allowed strings. */
  choices: readonly string[];
  /** The default (unused when `required`). */
  default: string;
  /** A null value means "absent" (the default). */
  nullAsDefault?: boolean;
  /** The option must be given. */
  required?: boolean;
}

/** An option with a check of its own (a list, a device, a tagged value). */
export interface CustomSpec {
  /** The kind of option. */
  kind: "custom";
  /** The default, used when the option is absent. */
  default: unknown;
  /** The option must be given (absent is checked as the value `undefined`). */
  required?: boolean;
  /**
   * Checks a given value (never `undefined`) and returns it as resolved.
   *
   * @param what What is being computed, for error messages.
   * @param value The caller's value.
   */
  check(what: string, value: unknown): unknown;
}

/** One option's description. */
export type OptionSpec = NumberSpec | BooleanSpec | ChoiceSpec | CustomSpec;

/** Every option of one function, by name. */
export type OptionSchema = Readonly<Record<string, OptionSpec>>;

/**
 * The defaults of a schema.
 *
 * @param schema The schema.
 * @returns Each option's default, by name.
 */
export function schemaDefaults(schema: OptionSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = spec.default;
  return out;
}

/**
 * The caller's options as a null-prototype copy of their own enumerable
 * properties: inherited properties are never read, and each getter runs once.
 *
 * @param what What is being computed, for error messages.
 * @param options The caller's options (absent: none).
 * @returns The copy.
 */
export function ownOptions(
  what: string,
  options: unknown,
): Record<string, unknown> {
  const o: Record<string, unknown> = Object.create(null);
  if (options === undefined || options === null) return o;
  if (typeof options !== "object") {
    throw typeError(what, "options", `must be an object, got ${show(options)}`);
  }
  for (const [k, v] of Object.entries(options)) o[k] = v;
  return o;
}

/**
 * Throws on the first option name that is not known, so that a typo such as
 * `ignore_index` is never silently ignored. The one wording of this error.
 *
 * @param what What is being computed, for error messages.
 * @param options The caller's options (own properties).
 * @param known The accepted names.
 * @throws {JdtTypeError} Naming `options.<name>` and listing the known names.
 */
export function checkKnownOptions(
  what: string,
  options: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const k of Object.keys(options)) {
    if (!known.includes(k)) {
      throw typeError(
        what,
        `options.${clip(k)}`,
        `is not a known option (known: ${known.join(", ")})`,
      );
    }
  }
}

/**
 * What a number option must be, as the messages say it: `">= 0"`,
 * `"an integer in [1, 65536]"`, `"a number in (0, 100]"`.
 *
 * @param spec The option's description.
 * @returns The description.
 */
export function describeNumber(spec: NumberSpec): string {
  if (spec.label !== undefined) return spec.label;
  const noun = spec.integer ? "an integer" : "a number";
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) {
    return `${noun} in ${spec.minOpen ? "(" : "["}${min}, ${max}]`;
  }
  const bound = min !== undefined
    ? `${spec.minOpen ? ">" : ">="} ${min}`
    : max !== undefined
    ? `<= ${max}`
    : "";
  return spec.integer ? `${noun}${bound && ` ${bound}`}` : bound || noun;
}

/**
 * Checks a number option against its description.
 *
 * @param what What is being computed, for error messages.
 * @param name The option's name (the error names `options.<name>`).
 * @param v The caller's value.
 * @param spec The option's description.
 * @returns The value.
 */
export function checkNumber(
  what: string,
  name: string,
  v: unknown,
  spec: NumberSpec,
): number {
  const arg = `options.${name}`;
  if (typeof v !== "number") {
    if (spec.wrongType === "range") {
      throw rangeError(
        what,
        arg,
        `must be ${describeNumber(spec)}, got ${show(v)}`,
      );
    }
    throw typeError(
      what,
      arg,
      `must be ${spec.integer ? "an integer" : "a number"}, got ${show(v)}`,
    );
  }
  const { min, max } = spec;
  if (
    !Number.isFinite(v) || (spec.integer && !Number.isInteger(v)) ||
    (min !== undefined && (spec.minOpen ? v <= min : v < min)) ||
    (max !== undefined && v > max)
  ) {
    throw rangeError(what, arg, `must be ${describeNumber(spec)}, got ${v}`);
  }
  return v;
}

/**
 * Checks a string option against its choices: the one `oneOf` of the library.
 *
 * @param what What is being computed, for error messages.
 * @param name The option's name.
 * @param v The caller's value.
 * @param choices The allowed strings.
 * @returns The value.
 */
export function checkChoice<T extends string>(
  what: string,
  name: string,
  v: unknown,
  choices: readonly string[],
): T {
  if (typeof v !== "string" || !choices.includes(v)) {
    throw typeError(
      what,
      `options.${name}`,
      `must be one of ${choices.map((a) => `"${a}"`).join(", ")}, got ${
        show(v)
      }`,
    );
  }
  return v as T;
}

/**
 * Checks a boolean option.
 *
 * @param what What is being computed, for error messages.
 * @param name The option's name.
 * @param v The caller's value.
 * @returns The value.
 */
export function checkBoolean(what: string, name: string, v: unknown): boolean {
  if (typeof v !== "boolean") {
    throw typeError(
      what,
      `options.${name}`,
      `must be a boolean, got ${show(v)}`,
    );
  }
  return v;
}

/**
 * Checks one option's value (absent: its default).
 *
 * @param what What is being computed, for error messages.
 * @param name The option's name.
 * @param v The caller's value.
 * @param spec The option's description.
 * @returns The resolved value.
 */
export function checkOption(
  what: string,
  name: string,
  v: unknown,
  spec: OptionSpec,
): unknown {
  if (v === undefined && !spec.required) {
    return spec.default;
  }
  switch (spec.kind) {
    case "number":
      if (v === null && spec.nullAsDefault) return spec.default;
      return checkNumber(what, name, v, spec);
    case "boolean":
      return checkBoolean(what, name, v);
    case "choice":
      if (v === null && spec.nullAsDefault) return spec.default;
      return checkChoice(what, name, v, spec.choices);
    case "custom":
      return spec.check(what, v);
  }
}

/** What a schema's resolution reads on every call, made once per schema. */
interface SchemaParts {
  /** The option names, in schema order. */
  names: readonly string[];
  /** The names and descriptions, in schema order. */
  entries: readonly [string, OptionSpec][];
  /** Every default, in schema order: the start of each resolved copy. */
  defaults: Readonly<Record<string, unknown>>;
}

/** Each schema's parts, listed once (a loss call resolves its options every time). */
const SCHEMA_PARTS = new WeakMap<OptionSchema, SchemaParts>();

/** The parts of `schema`, from the cache. */
function partsOf(schema: OptionSchema): SchemaParts {
  let parts = SCHEMA_PARTS.get(schema);
  if (parts === undefined) {
    parts = {
      names: Object.keys(schema),
      entries: Object.entries(schema),
      // A copy made by spreading has fast properties (the record built key
      // by key has not), so each call's copy shares one shape.
      defaults: { ...schemaDefaults(schema) },
    };
    SCHEMA_PARTS.set(schema, parts);
  }
  return parts;
}

/**
 * Resolves the caller's options with a schema: own properties only, unknown
 * names refused, every value checked, defaults filled in (in schema order).
 * Only the options given (and the required ones) are checked: an absent
 * option resolves to its default, as {@link checkOption} would.
 *
 * @param what What is being computed, for error messages.
 * @param options The caller's options (absent: none).
 * @param schema The options accepted.
 * @param extraKeys Further names accepted (and returned unchecked).
 * @returns Every option of the schema, resolved, plus the extra names given.
 */
export function resolveOptions(
  what: string,
  options: unknown,
  schema: OptionSchema,
  extraKeys: readonly string[] = [],
): Record<string, unknown> {
  const o = ownOptions(what, options);
  const { names, entries, defaults } = partsOf(schema);
  const known = extraKeys.length === 0 ? names : [...names, ...extraKeys];
  checkKnownOptions(what, o, known);
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, spec] of entries) {
    const v = o[k];
    if (v !== undefined || spec.required) {
      out[k] = checkOption(what, k, v, spec);
    }
  }
  for (const k of extraKeys) if (k in o) out[k] = o[k];
  return out;
}

/**
 * The options of a loss's `workspace()`: the label array type, the kind of
 * prediction and whether a keep mask is wanted. For the wasm workspace:
 * `resolveOptions("Cannot create workspace", options, WORKSPACE_OPTIONS)`
 * (after refusing a non-object) gives `{ labels, prediction, keepMask }`.
 */
export const WORKSPACE_OPTIONS: OptionSchema = {
  labels: {
    kind: "choice",
    choices: ["int32", "uint16", "uint8", "float32"],
    default: "int32",
    required: true,
  },
  prediction: {
    kind: "choice",
    choices: ["logits", "probs"],
    default: "logits",
    required: true,
  },
  keepMask: { kind: "boolean", default: false },
};
