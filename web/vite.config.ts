import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Pages are split by route with React.lazy. React, the router, TanStack Query and i18next go into one
// long-cached vendor chunk. antd is deliberately NOT grouped: one antd chunk would make the public home page
// download Table, Tree and TreeSelect (≈ 1.4 MB instead of ≈ 0.9 MB); left alone, Rolldown puts the
// admin-only components into chunks that load with the admin pages.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react-vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
