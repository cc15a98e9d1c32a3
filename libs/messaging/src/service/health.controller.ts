import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_RUNTIME, type ServiceRuntime } from './service-runtime';

/** Liveness says the process runs; readiness says it can take work (database and broker reachable). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const problems: string[] = [];
    try {
      await this.dataSource.query('select 1');
    } catch {
      problems.push('database unreachable');
    }
    if (this.runtime.nats && this.runtime.nats.connection.isClosed()) problems.push('NATS connection closed');
    if (problems.length > 0) throw new ServiceUnavailableException(problems.join('; '));
    return { status: 'ready' };
  }
}
