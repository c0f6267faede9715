import type { Strings } from '../../i18n/index.ts';
import type { ComparedField } from './data.ts';

/** The label a field's name takes in the interface: the facts panel's, so pages agree. */
export function fieldLabel(s: Strings, field: ComparedField): string {
  return s.facts[field];
}

/** A value's label as the facts panel prints it. */
export function valueLabel(s: Strings, field: ComparedField, value: string): string {
  const labels: Record<ComparedField, Record<string, string>> = {
    governance: s.labels.governance,
    practiceType: s.labels.practiceType,
    targetGroups: s.labels.targetGroups,
    evidence: s.labels.evidence,
    status: s.labels.status,
  };
  return labels[field][value] ?? value;
}
