/**
 * One map step → one concrete action (or none, when an optional step is skipped). Everything that
 * can be known before touching the page is checked here: the target exists and is the right kind
 * of control, the value fits (`maxLength`, a native date/time/number input's format), the option
 * exists. A step that cannot be carried out throws; nothing is half-planned.
 */
import { AppError } from '../errors';
import type { MessageValues } from '../i18n/translate';
import type { CollectedField } from './collected-field';
import type { FillAction, FillTarget, FillWarningKey, ReadBackExpect } from './fill-plan';
import { type FillMember, type FillRecord, templateScope } from './fill-record';
import type { ForEachRowStep, FormMap, Locator, Step } from './form-map';
import { describeOptions, matchOption } from './match-option';
import { renderTemplate } from './render-template';
import { type Located, labelRank, locate, type Render } from './resolve-locator';

export type SimpleStep = Exclude<Step, ForEachRowStep>;

export interface StepContext {
  readonly map: FormMap;
  readonly record: FillRecord;
  /** The fields the step may use: the whole page, or one table row. */
  readonly pool: readonly CollectedField[];
  readonly member: FillMember | null;
  readonly stepIndex: number;
  readonly rowStepIndex: number | null;
  /** The step's place in the map, e.g. `steps[11].steps[0]`. */
  readonly path: string;
  /** For messages, e.g. `12.1 (check)`. */
  readonly label: string;
  readonly warn: (key: FillWarningKey, values: MessageValues) => void;
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'time']);
const TEXT_TYPES_MORE = new Set(['datetime-local', 'month', 'week']);
const NATIVE_FORMATS: Readonly<Record<string, { re: RegExp; shape: string }>> = {
  date: { re: /^\d{4}-\d{2}-\d{2}$/, shape: 'yyyy-MM-dd' },
  time: { re: /^\d{2}:\d{2}(:\d{2})?$/, shape: 'HH:mm' },
  'datetime-local': { re: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, shape: "yyyy-MM-dd'T'HH:mm" },
  month: { re: /^\d{4}-\d{2}$/, shape: 'yyyy-MM' },
  number: { re: /^-?\d+(\.\d+)?$/, shape: 'digits with a "." for decimals' },
};

const isTextField = (f: CollectedField): boolean =>
  f.tag === 'textarea' ||
  (f.tag === 'input' && (TEXT_TYPES.has(f.type) || TEXT_TYPES_MORE.has(f.type))) ||
  f.role === 'textbox';
const isSelect = (f: CollectedField): boolean => f.tag === 'select';
const isCombo = (f: CollectedField): boolean => isSelect(f) || f.role === 'combobox';
const isCheckable = (f: CollectedField): boolean =>
  (f.tag === 'input' && (f.type === 'checkbox' || f.type === 'radio')) ||
  ['checkbox', 'radio', 'switch'].includes(f.role);
const isFileInput = (f: CollectedField): boolean => f.tag === 'input' && f.type === 'file';
const anyField = (): boolean => true;

function targetOf(field: CollectedField): FillTarget {
  const { framePath, shadowPath, css, tag, type } = field;
  return { framePath, shadowPath, css, tag, type };
}

function renderer(ctx: StepContext): Render {
  const scope = templateScope(ctx.record, ctx.member ?? undefined);
  return (text, where) => renderTemplate(text, scope, ctx.map.valueTables, where);
}

function invalid(path: string, detail: string): AppError {
  return new AppError('formMap.invalid', { path, detail });
}

/** The step's field, or null (with a warning) for an optional step whose field is missing. */
function find(
  step: {
    readonly target: Locator;
    readonly field: string;
    readonly optional?: boolean;
    readonly waitForOptionsMs?: number;
  },
  ctx: StepContext,
  accept: (f: CollectedField) => boolean,
): Located | null {
  const located = locate(step.target, ctx.pool, renderer(ctx), `${ctx.path}.target`, accept);
  if (located === null) {
    if (step.optional === true) {
      ctx.warn('extension.warning.optionalSkipped', { step: ctx.label, field: step.field });
      return null;
    }
    throw new AppError('fill.targetNotFound', { step: ctx.label, field: step.field });
  }
  if (located.matchedBy.fallback) {
    ctx.warn('extension.warning.fallbackUsed', {
      step: ctx.label,
      field: step.field,
      strategy: located.matchedBy.strategyIndex + 1,
      by: located.matchedBy.strategy,
    });
  }
  // A cascading select is disabled until its parent is chosen; that is expected, not news.
  const cascades = 'waitForOptionsMs' in step && step.waitForOptionsMs !== undefined;
  if (located.field.disabled && !cascades)
    ctx.warn('extension.warning.disabled', { step: ctx.label, field: step.field });
  return located;
}

function base(step: SimpleStep, ctx: StepContext, located: Located, value: string) {
  const { member } = ctx;
  return {
    stepIndex: ctx.stepIndex,
    rowStepIndex: ctx.rowStepIndex,
    step: ctx.label,
    field: step.field,
    member: member === null ? null : { id: member.id, nik: member.nik, name: member.name },
    matchedBy: located.matchedBy,
    value,
    target: targetOf(located.field),
  };
}

/** A rendered value, or null (with a warning) when an optional step has nothing to put in. */
function renderValue(step: SimpleStep, template: string, ctx: StepContext): string | null {
  const value = renderer(ctx)(template, `${ctx.path}.value`);
  if (value === '' && step.optional === true) {
    ctx.warn('extension.warning.emptySkipped', { step: ctx.label, field: step.field });
    return null;
  }
  return value;
}

function fitLength(
  step: SimpleStep & { kind: 'fill' },
  ctx: StepContext,
  field: CollectedField,
  value: string,
): string {
  const limits = [step.maxLength, field.maxLength ?? undefined].filter((n): n is number => n !== undefined && n >= 0);
  if (limits.length === 0) return value;
  const max = Math.min(...limits);
  if (value.length <= max) return value;
  const details = { step: ctx.label, field: step.field, max, length: value.length };
  if (step.tooLong !== 'truncate') throw new AppError('fill.tooLong', details);
  ctx.warn('extension.warning.truncated', details);
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function acceptsFile(accept: string, name: string, mimeType: string): boolean {
  const tokens = accept
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  const mime = mimeType.toLowerCase();
  return (
    tokens.length === 0 ||
    tokens.some((t) =>
      t.startsWith('.')
        ? name.toLowerCase().endsWith(t)
        : t.endsWith('/*')
          ? mime.startsWith(t.slice(0, -1))
          : t === mime,
    )
  );
}

export function planStep(step: SimpleStep, ctx: StepContext): FillAction | null {
  switch (step.kind) {
    case 'fill': {
      const raw = renderValue(step, step.value, ctx);
      const located = raw === null ? null : find(step, ctx, isTextField);
      if (raw === null || located === null) return null;
      const format = NATIVE_FORMATS[located.field.type];
      if (format !== undefined && raw !== '' && !format.re.test(raw)) {
        throw invalid(
          `${ctx.path}.value`,
          `"${step.field}" is a native ${located.field.type} input that takes ${format.shape}, the value is "${raw}"`,
        );
      }
      const value = fitLength(step, ctx, located.field, raw);
      return { ...base(step, ctx, located, value), action: 'setValue', expect: { kind: 'value', value } };
    }
    case 'select': {
      const wanted = renderValue(step, step.value, ctx);
      const mode = step.mode ?? 'native';
      const located = wanted === null ? null : find(step, ctx, mode === 'native' ? isSelect : isCombo);
      if (wanted === null || located === null) return null;
      const { options } = located.field;
      const deferred = step.waitForOptionsMs !== undefined || (mode === 'select2' && options.length === 0);
      const option = deferred ? null : matchOption(options, wanted);
      if (!deferred && option === null) {
        const detail =
          options.length === 0
            ? 'the list has no options (set waitForOptionsMs if they load later)'
            : `options: ${describeOptions(options)}`;
        throw invalid(`${ctx.path}.value`, `"${wanted}" is not an option of "${step.field}"; ${detail}`);
      }
      const expect: ReadBackExpect = { kind: 'option', value: option?.value ?? null, text: option?.text ?? wanted };
      const shared = {
        ...base(step, ctx, located, option?.text ?? wanted),
        option,
        waitForOptionsMs: step.waitForOptionsMs ?? 0,
        expect,
      };
      if (mode === 'native') return { ...shared, action: 'selectOption' };
      const search =
        step.search === undefined ? (option?.text ?? wanted) : renderer(ctx)(step.search, `${ctx.path}.search`);
      return { ...shared, action: 'select2', search };
    }
    case 'check': {
      const wanted = step.value === undefined ? null : renderValue(step, step.value, ctx);
      if (step.value !== undefined && wanted === null) return null;
      const accept =
        wanted === null
          ? isCheckable
          : (f: CollectedField) => isCheckable(f) && (f.value === wanted || labelRank(f, wanted) !== null);
      const located = find(step, ctx, accept);
      if (located === null) return null;
      const checked = step.checked ?? true;
      return {
        ...base(step, ctx, located, wanted ?? ''),
        action: 'check',
        checked,
        expect: { kind: 'checked', checked },
      };
    }
    case 'click':
    case 'submit': {
      const located = find(step, ctx, anyField);
      if (located === null) return null;
      const shared = { ...base(step, ctx, located, ''), expect: null };
      return step.kind === 'click' ? { ...shared, action: 'click', purpose: 'click' } : { ...shared, action: 'submit' };
    }
    case 'upload': {
      const photo = ctx.record.kind === 'sessionReport' ? ctx.record.photos.find((p) => p.consent) : undefined;
      if (photo === undefined) {
        if (step.optional === true) {
          ctx.warn('extension.warning.noPhoto', { step: ctx.label, field: step.field });
          return null;
        }
        throw new AppError('input.invalid', {
          detail: `step ${ctx.label} "${step.field}": no photo with consent to upload`,
        });
      }
      const located = find(step, ctx, isFileInput);
      if (located === null) return null;
      if (!acceptsFile(located.field.accept, photo.name, photo.mimeType)) {
        ctx.warn('extension.warning.fileType', {
          step: ctx.label,
          field: step.field,
          accept: located.field.accept,
          type: photo.mimeType,
        });
      }
      return {
        ...base(step, ctx, located, photo.name),
        action: 'upload',
        photo,
        expect: { kind: 'file', name: photo.name },
      };
    }
    case 'waitFor':
      return {
        stepIndex: ctx.stepIndex,
        rowStepIndex: ctx.rowStepIndex,
        step: ctx.label,
        field: step.field,
        member: null,
        matchedBy: null,
        value: '',
        action: 'waitFor',
        target: null,
        selector: step.selector ?? null,
        text: step.text ?? null,
        frame: step.frame ?? null,
        timeoutMs: step.timeoutMs,
        optional: step.optional === true,
        expect: null,
      };
  }
}
