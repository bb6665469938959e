import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ShipmentEntity } from './entities/shipment.entity';
import { ShippingController } from './shipping.controller';
import { ShippingService } from './shipping.service';
import { CarrierClient } from './carrier/carrier.client';
import { RateCache } from './carrier/rate-cache';
import { LabelStorage } from './labels/label-storage';

@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forFeature([ShipmentEntity]),
    HttpModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.getOrThrow<string>('CARRIER_API_URL'),
        timeout: config.get<number>('CARRIER_TIMEOUT_MS', 8000),
        maxRedirects: 0,
        headers: {
          'X-Api-Key': config.getOrThrow<string>('CARRIER_API_KEY'),
          'User-Agent': 'parcelpoint-shipping/2.3',
        },
      }),
    }),
  ],
  controllers: [ShippingController],
  providers: [ShippingService, CarrierClient, RateCache, LabelStorage],
  exports: [ShippingService],
})
export class ShippingModule {}