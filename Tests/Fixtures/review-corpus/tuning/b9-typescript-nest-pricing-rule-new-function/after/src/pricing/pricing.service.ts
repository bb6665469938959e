import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { PriceRule } from './price-rule.entity';
import { QuoteDto } from './dto/quote.dto';
import { PreviewRuleDto } from './dto/preview-rule.dto';

type Formula = (qty: number, unit: number, ctx: Record<string, number>) => number;

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

  previewFormula(dto: PreviewRuleDto): { total: number } {
    const compiled = this.compile(dto.formula);
    const total = compiled(dto.quantity, dto.unitPrice, dto.context ?? {});
    if (!Number.isFinite(total)) {
      throw new BadRequestException('formula did not produce a number');
    }
    return { total: Math.round(total * 100) / 100 };
  }

  private compile(source: string): Formula {
    try {
      return new Function('qty', 'unit', 'ctx', `"use strict"; return (${source});`) as Formula;
    } catch (err) {
      throw new BadRequestException(`invalid formula: ${(err as Error).message}`);
    }
  }
}
