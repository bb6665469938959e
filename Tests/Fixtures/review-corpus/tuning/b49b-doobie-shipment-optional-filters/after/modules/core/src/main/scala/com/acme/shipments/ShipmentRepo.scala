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

final case class ShipmentFilter(
    carrier: Option[String] = None,
    status: Option[String] = None,
    trackingPrefix: Option[String] = None
)

final class ShipmentRepo(xa: Transactor[IO]) {

  def listForTenant(tenant: UUID, filter: ShipmentFilter, limit: Int): IO[List[Shipment]] = {
    val where = Fragments.whereAndOpt(
      Some(fr"tenant_id = $tenant"),
      filter.carrier.map(c => fr"carrier = $c"),
      filter.status.map(s => fr"status = $s"),
      filter.trackingPrefix.map(p => fr"tracking_no LIKE ${p + "%"}")
    )
    val query =
      fr"SELECT id, tenant_id, carrier, tracking_no, status, created_at FROM shipments" ++
        where ++
        fr"ORDER BY created_at DESC LIMIT ${limit.min(500)}"

    query.query[Shipment].to[List].transact(xa)
  }
}
