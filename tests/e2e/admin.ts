/** The facilitator account the e2e server is started with (see playwright.config.ts). */
export const E2E_ADMIN = { email: 'processledare@example.se', password: 'e2e-password-123' };
