import type { ElementType } from 'react';
import { guessLang } from '../../shared/text/guessLang.ts';

interface Props {
  text: string;
  /** The element to render; a span by default. */
  as?: ElementType;
  className?: string;
}

/**
 * Text someone in the room wrote: marked with its language when it can be told (WCAG 3.1.2), and
 * wrapping long compound words rather than overflowing (the `user-text` class).
 */
export function UserText({ text, as: Tag = 'span', className }: Props) {
  const lang = guessLang(text);
  return (
    <Tag className={className ? `user-text ${className}` : 'user-text'} {...(lang ? { lang } : {})}>
      {text}
    </Tag>
  );
}
