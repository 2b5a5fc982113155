import type { Adapter } from '@tactful/engine'
import { plainTextAdapter } from '@tactful/engine'

/** Every built-in adapter; the engine picks one by `format` or file extension. */
export const adapters: readonly Adapter[] = [plainTextAdapter]
