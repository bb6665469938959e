import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { Promotion } from './promotion.entity';
import type { CartSnapshot, AppliedPromotion } from './promotions.types';

const COUPON_PATTERN = /^[A-Z0-9]{4,16}$/;

@Injectable()
export class PromotionsService {
  private readonly logger = new Logger(PromotionsService.name);

  constructor(
    @InjectRepository(Promotion)
    private readonly promotions: Repository<Promotion>,
  ) {}

  async applicable(cart: CartSnapshot, couponCode?: string): Promise<AppliedPromotion[]> {
    const now = new Date();
    const active = await this.promotions.find({
      where: {
        storeId: cart.storeId,
        startsAt: LessThanOrEqual(now),
        endsAt: MoreThan(now),
        code: couponCode && COUPON_PATTERN.test(couponCode) ? In([couponCode, null]) : undefined,
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
    if (promo.categoryIds?.length) {
      return cart.lines.some((l) => promo.categoryIds!.includes(l.categoryId));
    }
    return true;
  }

  private discountFor(promo: Promotion, cart: CartSnapshot): number {
    if (promo.kind === 'percent') {
      return Math.round((cart.subtotalCents * promo.value) / 100);
    }
    return promo.value;
  }
}
