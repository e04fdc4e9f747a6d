import type { ChangeModel } from '../../shared/changes/ChangeModel'

/**
 * A change model as the worker serialised it. The comparison route sends the JSON as it is; only callers that
 * work with the model (decisions, exports) parse it, once.
 */
export class CachedComparison {
  private parsed: ChangeModel | null = null

  constructor(readonly json: string) {}

  get model(): ChangeModel {
    this.parsed ??= JSON.parse(this.json) as ChangeModel
    return this.parsed
  }
}
