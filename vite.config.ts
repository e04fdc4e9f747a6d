import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const projectRoot = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
      '/collab': { target: 'ws://localhost:8787', ws: true },
    },
  },
  test: {
    root: projectRoot,
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Browser and server tests poll for what a user would see; under a loaded CI machine that can take seconds.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    // Two cores: browser tests and server tests must not starve each other.
    maxWorkers: 2,
  },
})
