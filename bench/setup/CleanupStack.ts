/** Things to undo at the end of a run (child processes, temporary directories), undone in reverse order, also on failure. */
export class CleanupStack {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = []

  add(name: string, run: () => Promise<void> | void): () => void {
    const step = { name, run }
    this.steps.push(step)
    return () => {
      const index = this.steps.indexOf(step)
      if (index >= 0) this.steps.splice(index, 1)
    }
  }

  async runAll(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!
      try {
        await step.run()
      } catch (error) {
        console.error(`cleanup "${step.name}" failed:`, error)
      }
    }
  }
}
