// Lint is where the architecture is enforced: each folder of src/ may import only the layers below it
// (see docs/ARCHITECTURE.md), and only src/map/ may touch Leaflet.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';

const LAYERS = ['i18n', 'model', 'spatial', 'data', 'state', 'ui', 'map', 'panels', 'editor', 'app'];

/** What each layer of src/ may import from the others. */
const MAY_IMPORT = {
  i18n: [],
  model: [],
  spatial: ['model'],
  data: ['i18n', 'model', 'spatial'],
  state: ['i18n', 'model', 'data'],
  ui: ['i18n', 'model', 'data', 'state'],
  map: ['i18n', 'model', 'spatial', 'data', 'state', 'ui'],
  panels: ['i18n', 'model', 'data', 'state', 'ui'],
  // The story editor: loaded on demand, so app/ reaches it only by a dynamic import() (see restrictionsFor).
  editor: ['i18n', 'model', 'spatial', 'data', 'state', 'ui', 'map', 'panels'],
  app: ['i18n', 'model', 'spatial', 'data', 'state', 'ui', 'map', 'panels', 'editor'],
};

/**
 * Inside panels/, which feature folders a feature may import (features stay separable: the editor adds its own).
 * Shared pieces live in ui/.
 */
const PANEL_FEATURES = {
  article: [],
  incident: [],
  list: [],
  timeline: [],
  handout: ['incident'],
  presentation: [],
  mapTools: [],
  storyFile: [],
  page: ['storyFile'],
};

const LEAFLET = ['leaflet', 'react-leaflet', 'leaflet/*'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'react/*'];
const BUILD_TIME_GEOMETRY = ['@turf/*', 'topojson-client', 'jsts', 'jsts/*'];

function patternsFor(layer) {
  const forbiddenLayers = LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other));
  const patterns = [];
  if (forbiddenLayers.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${forbiddenLayers.join('|')})(/|$)`,
      message: `src/${layer}/ may import only ${MAY_IMPORT[layer].join(', ') || 'no other layer'} (docs/ARCHITECTURE.md).`,
    });
  }
  patterns.push(
    {
      regex: '^zod(/v4(/classic)?)?$',
      message: 'Schemas use zod/mini, through src/model/zod.ts: classic zod adds some 55 kB the browser never runs.',
    },
    layer === 'editor'
      ? // The editor computes a moved point's context as the build does: two light turf functions, in its own chunk.
        {
          group: ['@turf/*', '!@turf/turf', 'topojson-client', 'jsts', 'jsts/*'],
          message: 'Heavy geometry runs at build time (geo/geometry/); the page gets data.',
        }
      : {
          group: BUILD_TIME_GEOMETRY,
          message: 'Heavy geometry runs at build time (geo/geometry/); the page gets data.',
        },
    {
      regex: '^(\\.\\./)+(geo|vite-plugins|bench|tests)(/|$)',
      message: 'src/ is the browser’s code: it imports nothing from the build, the bench or the tests.',
    },
  );
  if (layer === 'editor') {
    patterns.push({
      group: ['@turf/turf'],
      allowImportNames: ['booleanPointInPolygon', 'pointToLineDistance'],
      message:
        'The editor may use only turf’s booleanPointInPolygon and pointToLineDistance; the rest runs at build time.',
    });
  }
  if (!['map', 'app'].includes(layer)) patterns.push({ group: LEAFLET, message: 'Only src/map/ talks to Leaflet.' });
  if (layer === 'app') {
    // A static import would put the editor, its gazetteer and its libraries in the viewer's first load.
    patterns.push({
      regex: '^\\.\\./editor(/|$)',
      message: 'src/app/ loads the editor on demand only: import() it (lazyPart), never import it statically.',
    });
  }
  if (['i18n', 'model', 'spatial', 'data', 'state'].includes(layer)) {
    patterns.push({ group: REACT, message: `src/${layer}/ is plain TypeScript, independent of React.` });
  }
  return patterns;
}

function restrictionsFor(layer) {
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  if (layer !== 'panels') return [{ files: [`src/${layer}/**/*.{ts,tsx}`], rules: rule(patternsFor(layer)) }];
  const features = Object.keys(PANEL_FEATURES);
  // A file directly in panels/ belongs to no feature yet: it still gets the layer's rule.
  const loose = { files: ['src/panels/*.{ts,tsx}'], rules: rule(patternsFor('panels')) };
  return [
    loose,
    ...features.map((feature) => {
      const forbidden = features.filter((other) => other !== feature && !PANEL_FEATURES[feature].includes(other));
      const featureRule = {
        regex: `^\\.\\./(${forbidden.join('|')})/`,
        message: `panels/${feature}/ may import only ${PANEL_FEATURES[feature].join(', ') || 'no other panel feature'}.`,
      };
      return { files: [`src/panels/${feature}/**/*.{ts,tsx}`], rules: rule([...patternsFor('panels'), featureRule]) };
    }),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
      'public/data/',
      // Written by `npx lingui compile` from the .po catalogs beside them.
      'src/i18n/catalogs/**/*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as React elements, never HTML strings.',
        },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y-x': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
    },
  },
  ...LAYERS.flatMap(restrictionsFor),
  {
    files: ['tests/component/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='toBeTruthy']",
          message: 'getBy…/findBy… already throw: assert what the element says or how many there are.',
        },
      ],
    },
  },
  {
    files: ['geo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...LEAFLET, ...REACT], message: 'Build scripts run in Node: no React, no Leaflet.' },
            {
              regex: '/src/(map|panels|app|state|ui)(/|$)',
              message: 'Build scripts reuse model, spatial and data only.',
            },
          ],
        },
      ],
    },
  },
);
