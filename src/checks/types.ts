/** What a sub-editor's check found: a span of the text, a message, and perhaps a fix. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type CheckName = 'partyClaims' | 'misspeltNames' | 'quotationMarks' | 'unattributedQuotes' | 'conflictingSpeakers' | 'dateLine';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Problem {
  check: CheckName;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** A quick fix: its title and the edit it makes. */
  fix?: { title: string; edit: Edit };
  /** Other places that belong to the same problem (the other quote of a pair). */
  related?: Array<{ start: number; end: number; message: string }>;
}

export interface CheckOptions {
  enabled: Partial<Record<CheckName, boolean>>;
  severity: Partial<Record<CheckName, Severity>>;
}

export const DEFAULT_SEVERITY: Record<CheckName, Severity> = {
  partyClaims: 'warning',
  misspeltNames: 'hint',
  quotationMarks: 'warning',
  unattributedQuotes: 'information',
  conflictingSpeakers: 'warning',
  dateLine: 'information',
};

/** Unattributed quotes are common in good journalism: that check is off unless asked for. */
export const DEFAULT_ENABLED: Record<CheckName, boolean> = {
  partyClaims: true,
  misspeltNames: true,
  quotationMarks: true,
  unattributedQuotes: false,
  conflictingSpeakers: true,
  dateLine: true,
};
