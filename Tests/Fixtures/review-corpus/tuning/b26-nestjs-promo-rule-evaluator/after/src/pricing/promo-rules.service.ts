import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Cart } from '../cart/cart.entity';
import { PromoRule } from './promo-rule.entity';

/**
 * Extra eligibility conditions merchants can attach to a rule in the admin UI,
 * stored as JSON, e.g. { field: 'itemCount', op: 'gte', value: 3 }.
 */
export interface Condition {
  field: string;
  op: string;
  value: number | string;
}

type Op = (left: number | string, right: number | string) => boolean;

const OPS: Record<string, Op> = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  gt: (a, b) => Number(a) > Number(b),
  gte: (a, b) => Number(a) >= Number(b),
  lt: (a, b) => Number(a) < Number(b),
  lte: (a, b) => Number(a) <= Number(b),
};

const FIELDS: Record<string, (cart: Cart) => number | string> = {
  itemCount: (c) => c.items.reduce((n, i) => n + i.quantity, 0),
  subtotalCents: (c) => c.subtotalCents,
  country: (c) => c.shippingCountry ?? '',
  customerTier: (c) => c.customerTier ?? 'standard',
};

const SKU_CONDITION = /^sku:([A-Z0-9-]{3,32})$/;

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
      .filter((r) => this.evaluate(r.conditions ?? [], cart))
      .map((r) => ({
        ruleId: r.id,
        code: r.code,
        discountCents: this.discountFor(r, cart),
      }))
      .filter((p) => p.discountCents > 0);
  }

  /** True when every condition holds; unknown fields or operators fail closed. */
  evaluate(conditions: Condition[], cart: Cart): boolean {
    return conditions.every((cond) => {
      const op = Object.prototype.hasOwnProperty.call(OPS, cond.op) ? OPS[cond.op] : undefined;
      if (!op) {
        this.logger.warn(`ignoring promo condition with operator ${cond.op}`);
        return false;
      }
      const sku = SKU_CONDITION.exec(cond.field);
      if (sku) {
        const qty = cart.items.filter((i) => i.sku === sku[1]).reduce((n, i) => n + i.quantity, 0);
        return op(qty, cond.value);
      }
      const getter = Object.prototype.hasOwnProperty.call(FIELDS, cond.field) ? FIELDS[cond.field] : undefined;
      if (!getter) {
        this.logger.warn(`ignoring promo condition on field ${cond.field}`);
        return false;
      }
      return op(getter(cart), cond.value);
    });
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
