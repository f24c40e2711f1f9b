/** What a sub-editor's check found: a span of the text, a message, and perhaps a fix. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type CheckName = 'partyClaims' | 'misspeltNames' | 'quotationMarks' | 'unattributedQuotes' | 'conflictingSpeakers' | 'dateLine';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edit: Edit;
}

export interface Problem {
  check: CheckName;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** A quick fix: its title and the edit it makes (the preferred one, when there are several). */
  fix?: Fix;
  /** Other fixes the light bulb offers after `fix` (a party's other house form: Tory / Conservative). */
  otherFixes?: Fix[];
  /** For a problem on what the text says of a person: who, what the text says, and what the record has. */
  about?: { personId: string; said: string; record: string };
  /** Other places that belong to the same problem (the other quote of a pair). */
  related?: Array<{ start: number; end: number; message: string }>;
}

export interface CheckOptions {
  enabled: Partial<Record<CheckName, boolean>>;
  severity: Partial<Record<CheckName, Severity>>;
}

export const DEFAULT_SEVERITY: Record<CheckName, Severity> = {
  partyClaims: 'warning',
  misspeltNames: 'information',
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
