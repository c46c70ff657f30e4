/// <reference types="vite/client" />
// Types for import.meta.env (VITE_API_BASE) and asset imports, which the web build relies on.
