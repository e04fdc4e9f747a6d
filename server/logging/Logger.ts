export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 }

export type LogFields = Record<string, unknown>

/** The one logger of the server: JSON lines on stderr, injected wherever something is logged. */
export class Logger {
  constructor(
    private readonly minimumLevel: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    private readonly context: LogFields = {},
  ) {}

  child(context: LogFields): Logger {
    return new Logger(this.minimumLevel, this.write, { ...this.context, ...context })
  }

  debug(message: string, fields?: LogFields) {
    this.log('debug', message, fields)
  }

  info(message: string, fields?: LogFields) {
    this.log('info', message, fields)
  }

  warn(message: string, fields?: LogFields) {
    this.log('warn', message, fields)
  }

  error(message: string, fields?: LogFields) {
    this.log('error', message, fields)
  }

  private log(level: LogLevel, message: string, fields?: LogFields) {
    if (levelRank[level] < levelRank[this.minimumLevel]) return
    const entry: LogFields = { time: new Date().toISOString(), level, message, ...this.context, ...fields }
    if (entry['error'] instanceof Error) entry['error'] = { message: entry['error'].message, stack: entry['error'].stack }
    this.write(JSON.stringify(entry))
  }
}

/** A logger that keeps quiet, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return new Logger('error', () => {})
}
