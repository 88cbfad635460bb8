import type { TemplateStep } from '../../shared/domain/templates.ts';

export type TemplateLang = 'sv' | 'en';

/**
 * Templates that ship with Samsyn, defined here rather than stored: they cannot be deleted, and a
 * new release can improve them. Each step names its type; a workshop made from one gets only the
 * steps whose types this release registers (the others are reported as skipped), and each config
 * goes through its type's schema, so defaults fill in what is left out.
 */
export interface BuiltinTemplate {
  id: string;
  title: Record<TemplateLang, string>;
  description: Record<TemplateLang, string>;
  steps: Record<TemplateLang, TemplateStep[]>;
}

const rus: BuiltinTemplate = {
  id: 'builtin-rus-dialog',
  title: { sv: 'RUS-dialog', en: 'RUS dialogue' },
  description: {
    sv: 'Inledande fråga → idéinsamling med gruppering i teman → prioritering → reflektion. Skriv in temana från idéinsamlingen i prioriteringen innan du öppnar den.',
    en: 'Opening question → idea collection, grouped into themes → prioritisation → reflection. Put the themes from the idea collection into the ranking before you open it.',
  },
  steps: {
    sv: [
      {
        ref: '@step1',
        type: 'question',
        title: 'Inledande fråga',
        config: { prompt: 'Vad är viktigast för Örebro län 2030?', mode: 'answers' },
      },
      {
        ref: '@step2',
        type: 'ideas',
        title: 'Idéinsamling',
        config: { prompt: 'Vad behöver göras? Skriv en idé per lapp.' },
      },
      {
        ref: '@step3',
        type: 'ranking',
        title: 'Prioritering',
        config: {
          prompt: 'Vilka teman är viktigast? Sätt det viktigaste först.',
          items: [
            { id: 'theme-1', text: 'Tema 1' },
            { id: 'theme-2', text: 'Tema 2' },
            { id: 'theme-3', text: 'Tema 3' },
          ],
        },
      },
      {
        ref: '@step4',
        type: 'question',
        title: 'Reflektion',
        config: { prompt: 'Vad tar du med dig från i dag?', mode: 'answers' },
      },
    ],
    en: [
      {
        ref: '@step1',
        type: 'question',
        title: 'Opening question',
        config: { prompt: 'What matters most for Örebro County in 2030?', mode: 'answers' },
      },
      {
        ref: '@step2',
        type: 'ideas',
        title: 'Idea collection',
        config: { prompt: 'What needs to be done? One idea per card.' },
      },
      {
        ref: '@step3',
        type: 'ranking',
        title: 'Prioritisation',
        config: {
          prompt: 'Which themes matter most? Put the most important first.',
          items: [
            { id: 'theme-1', text: 'Theme 1' },
            { id: 'theme-2', text: 'Theme 2' },
            { id: 'theme-3', text: 'Theme 3' },
          ],
        },
      },
      {
        ref: '@step4',
        type: 'question',
        title: 'Reflection',
        config: { prompt: 'What do you take with you from today?', mode: 'answers' },
      },
    ],
  },
};

const RISK_AXES = {
  sv: {
    x: { name: 'Sannolikhet', low: 'Mycket låg', high: 'Mycket hög' },
    y: { name: 'Konsekvens', low: 'Mycket liten', high: 'Mycket stor' },
  },
  en: {
    x: { name: 'Probability', low: 'Very low', high: 'Very high' },
    y: { name: 'Consequence', low: 'Very small', high: 'Very large' },
  },
};

/**
 * Risks are gathered in a list rather than on cards: the matrix fetches its items from a list
 * ("Hämta från lista"), so the risks named in step 1 become what step 2 places.
 */
const risk: BuiltinTemplate = {
  id: 'builtin-riskworkshop',
  title: { sv: 'Riskworkshop', en: 'Risk workshop' },
  description: {
    sv: 'Identifiera risker → bedöm sannolikhet och konsekvens i en riskmatris → åtgärder. Hämta riskerna från listan till matrisen innan du öppnar den.',
    en: 'Identify risks → assess probability and consequence in a risk matrix → actions. Fetch the risks from the list into the matrix before you open it.',
  },
  steps: {
    sv: [
      {
        ref: '@step1',
        type: 'list',
        title: 'Identifiera risker',
        config: { prompt: 'Vilka risker ser du? Skriv en risk per rad.' },
      },
      {
        ref: '@step2',
        type: 'matrix',
        title: 'Bedöm sannolikhet och konsekvens',
        config: {
          prompt: 'Hur trolig är varje risk, och hur allvarlig blir den om den inträffar?',
          variant: 'risk',
          axes: RISK_AXES.sv,
          items: [{ id: 'risk-1', text: 'Risk 1' }],
        },
      },
      {
        ref: '@step3',
        type: 'ideas',
        title: 'Åtgärder',
        config: { prompt: 'Vad kan vi göra åt de största riskerna? En åtgärd per lapp.' },
      },
    ],
    en: [
      {
        ref: '@step1',
        type: 'list',
        title: 'Identify risks',
        config: { prompt: 'Which risks do you see? One risk per line.' },
      },
      {
        ref: '@step2',
        type: 'matrix',
        title: 'Assess probability and consequence',
        config: {
          prompt: 'How likely is each risk, and how serious would it be?',
          variant: 'risk',
          axes: RISK_AXES.en,
          items: [{ id: 'risk-1', text: 'Risk 1' }],
        },
      },
      {
        ref: '@step3',
        type: 'ideas',
        title: 'Actions',
        config: { prompt: 'What can we do about the largest risks? One action per card.' },
      },
    ],
  },
};

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [rus, risk];

export const builtinTemplate = (id: string): BuiltinTemplate | null =>
  BUILTIN_TEMPLATES.find((t) => t.id === id) ?? null;
