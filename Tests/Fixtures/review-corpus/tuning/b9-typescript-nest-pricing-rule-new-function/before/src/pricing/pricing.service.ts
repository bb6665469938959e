import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { PriceRule } from './price-rule.entity';
import { QuoteDto } from './dto/quote.dto';

@Injectable()
export class PricingService {
  constructor(@InjectRepository(PriceRule) private readonly rules: Repository<PriceRule>) {}

  async quote(dto: QuoteDto): Promise<{ total: number }> {
    const rule = await this.rules.findOneBy({ sku: dto.sku });
    if (!rule) {
      throw new NotFoundException(`no price rule for ${dto.sku}`);
    }
    const base = rule.unitPrice * dto.quantity;
    const discount = dto.quantity >= rule.bulkThreshold ? base * rule.bulkDiscount : 0;
    return { total: Math.round((base - discount) * 100) / 100 };
  }
}
