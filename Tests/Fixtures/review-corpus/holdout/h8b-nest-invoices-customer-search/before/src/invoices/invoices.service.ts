import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';
import { ListInvoicesDto } from './dto/list-invoices.dto';

@Injectable()
export class InvoicesService {
  constructor(
    @InjectRepository(Invoice)
    private readonly invoices: Repository<Invoice>,
  ) {}

  async list(tenantId: string, dto: ListInvoicesDto): Promise<Invoice[]> {
    const qb = this.invoices
      .createQueryBuilder('invoice')
      .leftJoinAndSelect('invoice.customer', 'customer')
      .where('invoice.tenantId = :tenantId', { tenantId });

    if (dto.status) {
      qb.andWhere('invoice.status = :status', { status: dto.status });
    }

    return qb.orderBy('invoice.issuedAt', 'DESC').take(dto.limit ?? 50).getMany();
  }

  async findOne(tenantId: string, id: string): Promise<Invoice | null> {
    return this.invoices.findOne({ where: { id, tenantId }, relations: ['customer'] });
  }
}
