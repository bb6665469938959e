package com.northwind.audit

import java.sql.Timestamp
import java.time.Instant

import scala.concurrent.{ExecutionContext, Future}

import slick.jdbc.GetResult
import slick.jdbc.PostgresProfile.api._

final case class AuditEntry(
    id: Long,
    tenantId: Long,
    actor: String,
    action: String,
    resource: String,
    occurredAt: Instant
)

final case class DailyActionCount(day: java.sql.Date, action: String, actor: String, count: Long)

class AuditLogTable(tag: Tag) extends Table[AuditEntry](tag, "audit_log") {
  def id         = column[Long]("id", O.PrimaryKey, O.AutoInc)
  def tenantId   = column[Long]("tenant_id")
  def actor      = column[String]("actor")
  def action     = column[String]("action")
  def resource   = column[String]("resource")
  def occurredAt = column[Instant]("occurred_at")

  def * = (id, tenantId, actor, action, resource, occurredAt).mapTo[AuditEntry]
}

class AuditLogRepository(db: Database)(implicit ec: ExecutionContext) {

  private val auditLog = TableQuery[AuditLogTable]

  private implicit val getDailyCount: GetResult[DailyActionCount] =
    GetResult(r => DailyActionCount(r.<<, r.<<, r.<<, r.<<))

  def record(entry: AuditEntry): Future[Long] =
    db.run((auditLog returning auditLog.map(_.id)) += entry)

  def recent(tenantId: Long, actor: Option[String], limit: Int): Future[Seq[AuditEntry]] = {
    val query = auditLog
      .filter(_.tenantId === tenantId)
      .filterOpt(actor)((row, a) => row.actor === a)
      .sortBy(_.occurredAt.desc)
      .take(limit.min(500))
    db.run(query.result)
  }

  /** Per-day counts for the compliance dashboard; date_trunc has no lifted equivalent. */
  def dailyCounts(
      tenantId: Long,
      from: Instant,
      to: Instant,
      action: Option[String],
      actor: Option[String]
  ): Future[Vector[DailyActionCount]] = {
    val fromTs      = Timestamp.from(from)
    val toTs        = Timestamp.from(to)
    val actorFilter = actor.map(_.toLowerCase)
    val query =
      sql"""SELECT date_trunc('day', occurred_at)::date AS day, action, actor, count(*)
            FROM audit_log
            WHERE tenant_id = $tenantId
              AND occurred_at >= $fromTs AND occurred_at < $toTs
              AND ($action::text IS NULL OR action = $action)
              AND ($actorFilter::text IS NULL OR lower(actor) = $actorFilter)
            GROUP BY 1, 2, 3
            ORDER BY 1 DESC, 4 DESC""".as[DailyActionCount]
    db.run(query)
  }

  def purgeBefore(tenantId: Long, cutoff: Instant): Future[Int] =
    db.run(auditLog.filter(r => r.tenantId === tenantId && r.occurredAt < cutoff).delete)
}
