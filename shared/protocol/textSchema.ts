import { z } from 'zod';

/**
 * Every text people type (names, titles, answers, items), as it crosses a boundary: in NFC, so
 * "é" typed as e + combining accent and as one code point is the same text (for duplicates, word
 * counts and lengths), trimmed, then held to `max` characters of that form. The raw length is
 * capped first (NFC never grows a text fourfold) so a huge body is refused before any work.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .normalize('NFC')
    .trim()
    .max(max);
