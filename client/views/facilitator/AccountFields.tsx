import { LIMITS } from '../../../shared/limits.ts';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../i18n/useT.ts';

export interface AccountValues {
  name: string;
  email: string;
  password: string;
}

interface Props {
  idPrefix: string;
  values: AccountValues;
  onField: (key: keyof AccountValues) => (value: string) => void;
  passwordLabel: string;
  passwordHint: string;
  /** The person's own account (setup) may be filled in by the browser; an account for someone else not. */
  own: boolean;
}

/** Name, e-mail and a new password: the first account and the admin's new accounts ask the same. */
export function AccountFields({ idPrefix, values, onField, passwordLabel, passwordHint, own }: Props) {
  const t = useT();
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('facilitator.name')}
        required
        autoComplete={own ? 'name' : 'off'}
        maxLength={LIMITS.displayNameLength}
        value={values.name}
        onValue={onField('name')}
      />
      <TextField
        id={`${idPrefix}-email`}
        label={t('facilitator.email')}
        type="email"
        required
        autoComplete={own ? 'username' : 'off'}
        maxLength={LIMITS.emailLength}
        value={values.email}
        onValue={onField('email')}
      />
      <TextField
        id={`${idPrefix}-password`}
        label={passwordLabel}
        hint={passwordHint}
        type="password"
        required
        autoComplete="new-password"
        minLength={LIMITS.passwordMinLength}
        maxLength={LIMITS.passwordMaxLength}
        value={values.password}
        onValue={onField('password')}
      />
    </>
  );
}
