import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Cart } from '../cart/cart.entity';
import { PromoRule } from './promo-rule.entity';

export interface AppliedPromo {
  ruleId: string;
  code: string;
  discountCents: number;
}

@Injectable()
export class PromoRulesService {
  private readonly logger = new Logger(PromoRulesService.name);

  constructor(
    @InjectRepository(PromoRule)
    private readonly rules: Repository<PromoRule>,
  ) {}

  async applicable(cart: Cart, code?: string): Promise<AppliedPromo[]> {
    const now = new Date();
    const active = await this.rules.find({ where: { storeId: cart.storeId, enabled: true } });

    return active
      .filter((r) => (!r.startsAt || r.startsAt <= now) && (!r.endsAt || r.endsAt > now))
      .filter((r) => !r.requiresCode || (code && r.code.toUpperCase() === code.toUpperCase()))
      .filter((r) => cart.subtotalCents >= (r.minSubtotalCents ?? 0))
      .map((r) => ({
        ruleId: r.id,
        code: r.code,
        discountCents: this.discountFor(r, cart),
      }))
      .filter((p) => p.discountCents > 0);
  }

  private discountFor(rule: PromoRule, cart: Cart): number {
    switch (rule.kind) {
      case 'percent':
        return Math.floor((cart.subtotalCents * rule.value) / 100);
      case 'fixed':
        return Math.min(rule.value, cart.subtotalCents);
      case 'free_shipping':
        return cart.shippingCents;
      default:
        this.logger.warn(`unknown promo kind ${rule.kind} on rule ${rule.id}`);
        return 0;
    }
  }
}
