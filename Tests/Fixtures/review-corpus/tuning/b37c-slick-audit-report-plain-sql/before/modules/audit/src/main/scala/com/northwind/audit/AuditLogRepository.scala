package com.northwind.audit

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

  def purgeBefore(tenantId: Long, cutoff: Instant): Future[Int] =
    db.run(auditLog.filter(r => r.tenantId === tenantId && r.occurredAt < cutoff).delete)
}
