package com.acme.shipments

import cats.effect.IO
import doobie._
import doobie.implicits._
import doobie.postgres.implicits._

import java.time.Instant
import java.util.UUID

final case class Shipment(
    id: UUID,
    tenantId: UUID,
    carrier: String,
    trackingNo: String,
    status: String,
    createdAt: Instant
)

final class ShipmentRepo(xa: Transactor[IO]) {

  def listForTenant(tenant: UUID, limit: Int): IO[List[Shipment]] =
    sql"""SELECT id, tenant_id, carrier, tracking_no, status, created_at
          FROM shipments
          WHERE tenant_id = $tenant
          ORDER BY created_at DESC
          LIMIT $limit"""
      .query[Shipment]
      .to[List]
      .transact(xa)
}
