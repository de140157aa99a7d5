import type { Catalogue } from '../i18n/types.js';
import type { accessibilitySv } from './accessibility.sv.js';

export const accessibilityEn: Catalogue<typeof accessibilitySv> = {
  title: 'Accessibility statement',
  lead: (operator: string) =>
    `${operator} is behind the ASF platform. We want as many people as possible to be able to use the site. Here we describe how it meets the Swedish Act (2018:1937) on accessibility to digital public services, which shortcomings we know of and how you can report problems.`,
  statusTitle: 'How accessible is the site?',
  status:
    'The site partially complies with the Act on accessibility to digital public services, because of the shortcomings described below. The goal is to meet WCAG 2.1 level AA in full.',
  shortcomingsTitle: 'Known shortcomings',
  shortcomings: [
    'Downloadable Excel files (xlsx) have not been reviewed with screen readers. The same facts are available as web pages, CSV and JSON.',
    'Texts the enterprises write themselves (descriptions of their business) are not reviewed for plain language and are in Swedish only.',
    'The API documentation at /api/docs is checked automatically but not with screen readers.',
  ],
  assessmentTitle: 'How we tested the site',
  assessment: (date: string) =>
    `We assessed the site ourselves. The latest assessment was made on ${date}. Every page is tested automatically with the axe tool against WCAG 2.1 AA in a real browser, at desktop (1280 px) and mobile (390 px) width, every time the code changes. We have also checked by hand: keyboard-only navigation, focus indication, that the pages work without JavaScript, zoom to 200 %, and how error messages in forms are read out.`,
  statementDate: (date: string) => `The statement was last updated on ${date}.`,
  feedbackTitle: 'Report shortcomings or ask for content in another format',
  feedback:
    'If you find problems not described here, or need content in another format (for example facts about an enterprise read out, in larger text or as plain text), contact us:',
  email: 'E-mail',
  phone: 'Phone',
  feedbackAnswer: 'We answer as soon as we can, within two weeks at the latest.',
  complainTitle: 'If you are not satisfied',
  complain:
    'The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG and report it.',
  complainLink: 'Report lacking accessibility to DIGG',
};
