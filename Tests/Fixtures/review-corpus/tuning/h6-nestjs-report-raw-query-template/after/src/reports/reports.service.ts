import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface SalesReportQuery {
  region?: string;
  from: string;
  to: string;
  sort?: string;
}

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async salesByStore(q: SalesReportQuery) {
    const regionFilter = q.region ? `AND s.region = '${q.region}'` : '';
    const sort = q.sort ?? 'total DESC';

    const rows = await this.dataSource.query(`
      SELECT s.id, s.name, s.region, SUM(o.total_cents) / 100.0 AS total
      FROM stores s
      JOIN orders o ON o.store_id = s.id
      WHERE o.created_at BETWEEN '${q.from}' AND '${q.to}'
      ${regionFilter}
      GROUP BY s.id, s.name, s.region
      ORDER BY ${sort}
    `);

    return rows.map((r: any) => ({ ...r, total: Number(r.total) }));
  }
}
