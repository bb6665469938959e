import { Injectable, Logger } from '@nestjs/common';
import jsonLogic, { RulesLogic } from 'json-logic-js';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { Promotion } from './promotion.entity';
import type { CartSnapshot, AppliedPromotion } from './promotions.types';

const COUPON_PATTERN = /^(?<prefix>[A-Z]{2,4})-?(?<body>[A-Z0-9]{4,12})$/;

function normaliseCoupon(code?: string): string | undefined {
  const match = code ? COUPON_PATTERN.exec(code.trim().toUpperCase()) : null;
  return match?.groups ? `${match.groups.prefix}${match.groups.body}` : undefined;
}

@Injectable()
export class PromotionsService {
  private readonly logger = new Logger(PromotionsService.name);

  constructor(
    @InjectRepository(Promotion)
    private readonly promotions: Repository<Promotion>,
  ) {}

  async applicable(cart: CartSnapshot, couponCode?: string): Promise<AppliedPromotion[]> {
    const now = new Date();
    const coupon = normaliseCoupon(couponCode);
    const active = await this.promotions.find({
      where: {
        storeId: cart.storeId,
        startsAt: LessThanOrEqual(now),
        endsAt: MoreThan(now),
        code: coupon ? In([coupon, null]) : undefined,
      },
      order: { priority: 'DESC' },
    });

    const applied: AppliedPromotion[] = [];
    for (const promo of active) {
      if (!this.isEligible(promo, cart)) {
        continue;
      }
      applied.push({
        promotionId: promo.id,
        label: promo.label,
        discountCents: Math.min(this.discountFor(promo, cart), cart.subtotalCents),
      });
      if (!promo.stackable) {
        break;
      }
    }
    return applied;
  }

  private isEligible(promo: Promotion, cart: CartSnapshot): boolean {
    if (promo.minSubtotalCents && cart.subtotalCents < promo.minSubtotalCents) {
      return false;
    }
    if (promo.firstOrderOnly && cart.customer.orderCount > 0) {
      return false;
    }
    if (promo.categoryIds?.length && !cart.lines.some((l) => promo.categoryIds!.includes(l.categoryId))) {
      return false;
    }
    // Marketing can attach extra conditions in the admin UI, stored as JSON Logic, e.g.
    // {"and": [{">=": [{"var": "itemCount"}, 3]}, {"in": [{"var": "country"}, ["DE", "AT"]]}]}
    return promo.rule ? this.evaluate(promo.rule, cart) : true;
  }

  private evaluate(rule: RulesLogic, cart: CartSnapshot): boolean {
    const data = {
      subtotalCents: cart.subtotalCents,
      itemCount: cart.lines.reduce((n, l) => n + l.quantity, 0),
      country: cart.shippingCountry,
      orderCount: cart.customer.orderCount,
      tags: cart.customer.tags,
    };
    try {
      return Boolean(jsonLogic.apply(rule, data));
    } catch (err) {
      this.logger.warn(`promotion rule failed: ${(err as Error).message}`);
      return false;
    }
  }

  private discountFor(promo: Promotion, cart: CartSnapshot): number {
    if (promo.kind === 'percent') {
      return Math.round((cart.subtotalCents * promo.value) / 100);
    }
    return promo.value;
  }
}
