interface ImportMetaEnv {
  /** The sandbox API for config-name dev and int (default http://localhost:8081/therapeuticExclusion/v2). */
  readonly VITE_MODULE_SANDBOX_API?: string;
  /** The `From` header the module sends. */
  readonly VITE_MODULE_FROM?: string;
}
