import { groupCode } from '../joinCode.ts';

interface Props {
  code: string;
  label: string;
  className?: string;
}

/** Grouped and spaced for reading aloud; the label keeps screen readers from guessing a word. */
export function JoinCode({ code, label, className }: Props) {
  return (
    <p className={`join-code ${className ?? ''}`}>
      <span className="join-code-label">{label}</span>{' '}
      <span className="join-code-value">{groupCode(code)}</span>
    </p>
  );
}
