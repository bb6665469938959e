package com.cargolane.shipments.db

import cats.syntax.all._
import doobie._
import doobie.implicits._
import doobie.postgres.implicits._
import doobie.util.fragments.whereAndOpt
import com.cargolane.shipments.model._

import java.time.Instant
import java.util.UUID

sealed trait SortField
object SortField {
  case object Created  extends SortField
  case object Eta      extends SortField
  case object Weight   extends SortField
}

sealed trait SortDir
object SortDir {
  case object Asc  extends SortDir
  case object Desc extends SortDir
}

object ShipmentQueries {

  // Only ever maps from the closed enums above, never from request strings.
  private def orderBy(field: SortField, dir: SortDir): Fragment = {
    val col = field match {
      case SortField.Created => "s.created_at"
      case SortField.Eta     => "s.eta"
      case SortField.Weight  => "s.weight_kg"
    }
    val d = dir match {
      case SortDir.Asc  => "ASC"
      case SortDir.Desc => "DESC"
    }
    Fragment.const(s"ORDER BY $col $d NULLS LAST")
  }

  def list(
      accountId: UUID,
      since: Instant,
      status: Option[ShipmentStatus],
      carrier: Option[String],
      sort: SortField,
      dir: SortDir,
      limit: Int
  ): Query0[ShipmentRow] = {
    val filters = whereAndOpt(
      Some(fr"s.account_id = $accountId"),
      Some(fr"s.created_at >= $since"),
      status.map(st => fr"s.status = $st"),
      carrier.map(c => fr"s.carrier_code = ${c.trim.toUpperCase}")
    )

    (fr"SELECT s.id, s.reference, s.status, s.carrier_code, s.eta, s.weight_kg, s.created_at FROM shipments s" ++
      filters ++
      orderBy(sort, dir) ++
      fr"LIMIT $limit").query[ShipmentRow]
  }

  def byReference(accountId: UUID, reference: String): Query0[ShipmentRow] =
    sql"""SELECT s.id, s.reference, s.status, s.carrier_code, s.eta, s.weight_kg, s.created_at
          FROM shipments s
          WHERE s.account_id = $accountId AND s.reference = $reference""".query[ShipmentRow]
}
