import { create } from 'zustand';
import type { Facilitator, SetupStatus } from '../../shared/protocol/api.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { LoginBody, SetupBody } from '../../shared/protocol/schemas.ts';
import { api } from '../api/http.ts';

type AuthStatus = 'loading' | 'setup' | 'login' | 'ready' | 'error';

interface AuthStore {
  status: AuthStatus;
  facilitator: Facilitator | null;
  error: ErrorCode | null;
  load: () => Promise<void>;
  setup: (body: SetupBody) => Promise<ErrorCode | null>;
  login: (body: LoginBody) => Promise<ErrorCode | null>;
  logout: () => Promise<void>;
}

export const useAuthStore = create<AuthStore>((set) => ({
  status: 'loading',
  facilitator: null,
  error: null,
  load: async () => {
    const setup = await api<SetupStatus>('GET', '/api/setup');
    if (setup.ok && setup.data.needed) return set({ status: 'setup' });
    const me = await api<Facilitator>('GET', '/api/auth/me');
    if (me.ok) return set({ status: 'ready', facilitator: me.data });
    if (me.status === 401) return set({ status: 'login', facilitator: null });
    set({ status: 'error', error: me.error.code });
  },
  setup: async (body) => {
    const res = await api<Facilitator>('POST', '/api/setup', body);
    if (!res.ok) return res.error.code;
    set({ status: 'ready', facilitator: res.data });
    return null;
  },
  login: async (body) => {
    const res = await api<Facilitator>('POST', '/api/auth/login', body);
    if (!res.ok) return res.error.code;
    set({ status: 'ready', facilitator: res.data });
    return null;
  },
  logout: async () => {
    await api<null>('POST', '/api/auth/logout');
    set({ status: 'login', facilitator: null });
  },
}));
