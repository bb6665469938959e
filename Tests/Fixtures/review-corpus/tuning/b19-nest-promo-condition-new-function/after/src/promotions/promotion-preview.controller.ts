import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Logger,
  Post,
  UseGuards,
} from '@nestjs/common';
import { IsArray, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CurrentMerchant, Merchant } from '../auth/current-merchant.decorator';

class CartLineDto {
  @IsString()
  sku!: string;

  @IsNumber()
  quantity!: number;

  @IsNumber()
  unitPriceCents!: number;

  @IsOptional()
  @IsString()
  category?: string;
}

class PreviewPromotionDto {
  /** e.g. `cart.total >= 5000 && customer.orders === 0` */
  @IsString()
  @MaxLength(500)
  condition!: string;

  @IsNumber()
  discountPercent!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CartLineDto)
  lines!: CartLineDto[];

  @IsOptional()
  @IsNumber()
  previousOrders?: number;
}

type Predicate = (cart: unknown, customer: unknown) => boolean;

@Controller('promotions')
@UseGuards(JwtAuthGuard)
export class PromotionPreviewController {
  private readonly logger = new Logger(PromotionPreviewController.name);

  private compile(condition: string): Predicate {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return new Function('cart', 'customer', `"use strict"; return (${condition});`) as Predicate;
    } catch (err) {
      throw new BadRequestException(`condition does not parse: ${(err as Error).message}`);
    }
  }

  @Post('preview')
  @HttpCode(200)
  preview(@CurrentMerchant() merchant: Merchant, @Body() dto: PreviewPromotionDto) {
    const total = dto.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
    const cart = {
      total,
      items: dto.lines.reduce((n, l) => n + l.quantity, 0),
      skus: dto.lines.map((l) => l.sku),
      categories: [...new Set(dto.lines.map((l) => l.category).filter(Boolean))],
    };
    const customer = { orders: dto.previousOrders ?? 0 };

    const predicate = this.compile(dto.condition);
    let applies: boolean;
    try {
      applies = Boolean(predicate(Object.freeze(cart), Object.freeze(customer)));
    } catch (err) {
      this.logger.debug(`promotion preview for ${merchant.id} threw: ${(err as Error).message}`);
      throw new BadRequestException('condition failed to evaluate');
    }

    const discount = applies ? Math.round((total * Math.min(dto.discountPercent, 100)) / 100) : 0;
    return {
      applies,
      totalCents: total,
      discountCents: discount,
      payableCents: total - discount,
    };
  }
}