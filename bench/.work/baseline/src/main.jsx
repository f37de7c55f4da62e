import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<StrictMode><main><h1>Baseline</h1><p>An empty Vite + React page.</p></main></StrictMode>);
