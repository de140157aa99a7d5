import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import asf from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench/results*.json', 'public/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
    },
  },
  // The direction of dependence, bin → app → modules → platform (eslint/layers.js).
  { files: ['src/**/*.{ts,tsx}'], plugins: { asf }, rules: { 'asf/layers': 'error' } },
);
