/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where `npm run dev` and `npm run preview` forward API calls. The backend listens on 8080 by default.
const backendUrl = process.env.STEWARD_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: backendUrl, changeOrigin: false },
      '/health': { target: backendUrl, changeOrigin: false },
    },
  },
  // `vite build --outDir <dir> --emptyOutDir` on the command line overrides this (the Maven build does).
  build: {
    outDir: 'dist',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    clearMocks: true,
    testTimeout: 60000, // generous: a loaded 2-core machine runs some form tests for 15 s or more
  },
});
