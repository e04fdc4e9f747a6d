import type { ChangeModel } from '../../shared/changes/ChangeModel'

/**
 * A change model as the worker serialised it (UTF-8 JSON). The comparison route sends the bytes as they are;
 * only callers that work with the model (decisions, exports) parse it, once.
 */
export class CachedComparison {
  private parsed: ChangeModel | null = null

  constructor(readonly json: Uint8Array<ArrayBuffer>) {}

  get model(): ChangeModel {
    this.parsed ??= JSON.parse(new TextDecoder().decode(this.json)) as ChangeModel
    return this.parsed
  }
}
