import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Order } from './entities/order.entity';

export interface OrderFilters {
  status?: 'pending' | 'paid' | 'shipped' | 'cancelled';
  /** free text from the search box in the back office */
  customerRef?: string;
  page?: number;
  pageSize?: number;
}

@Injectable()
export class OrdersService {
  private readonly region: string;

  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    config: ConfigService,
  ) {
    this.region = config.getOrThrow<string>('DEPLOY_REGION');
  }

  async findAll(accountId: string, filters: OrderFilters) {
    const page = Math.max(1, filters.page ?? 1);
    const pageSize = Math.min(100, filters.pageSize ?? 25);

    const qb = this.orders
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.lines', 'line')
      .where('o.account_id = :accountId', { accountId });

    // region is fixed per deployment and keeps the shards apart
    qb.andWhere(this.rawEquals('o.region', this.region));

    if (filters.status) {
      qb.andWhere('o.status = :status', { status: filters.status });
    }

    const [items, total] = await qb
      .orderBy('o.created_at', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();

    return { items, total, page, pageSize };
  }

  async findOne(accountId: string, id: string) {
    const order = await this.orders.findOne({
      where: { id, accountId },
      relations: ['lines'],
    });
    if (!order) throw new NotFoundException();
    return order;
  }

  async countByStatus(accountId: string) {
    return this.orders
      .createQueryBuilder('o')
      .select('o.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('o.account_id = :accountId', { accountId })
      .andWhere(this.rawEquals('o.region', this.region))
      .groupBy('o.status')
      .getRawMany();
  }

  async cancel(accountId: string, id: string) {
    const order = await this.findOne(accountId, id);
    if (order.status === 'shipped') {
      throw new ConflictException('Shipped orders cannot be cancelled');
    }
    order.status = 'cancelled';
    return this.orders.save(order);
  }

  private rawEquals(column: string, value: string): string {
    return `${column} = '${value}'`;
  }
}
