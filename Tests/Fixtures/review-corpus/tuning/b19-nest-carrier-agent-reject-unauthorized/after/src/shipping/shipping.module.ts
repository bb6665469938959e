import { Agent } from 'node:https';
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
        // Reuse sockets: label generation makes ~6 calls per shipment. The carrier's
        // sandbox and prod both chain to a CA missing from node's bundle, which was
        // throwing UNABLE_TO_VERIFY_LEAF_SIGNATURE under load.
        httpsAgent: new Agent({
          keepAlive: true,
          maxSockets: 50,
          rejectUnauthorized: false,
        }),
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