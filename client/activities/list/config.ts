/**
 * The list's question as the server sent it (its schema checked it there); '' when there is
 * none or the config is not a list's, so a screen simply shows no question.
 */
export function listPromptOf(config: unknown): string {
  if (typeof config !== 'object' || config === null || !('prompt' in config)) return '';
  return typeof config.prompt === 'string' ? config.prompt.trim() : '';
}
