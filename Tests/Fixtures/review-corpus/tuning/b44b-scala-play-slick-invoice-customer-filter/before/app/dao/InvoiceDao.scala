package dao

import javax.inject.Inject

import scala.concurrent.{ExecutionContext, Future}

import play.api.db.slick.{DatabaseConfigProvider, HasDatabaseConfigProvider}
import slick.jdbc.{GetResult, JdbcProfile}

import models.InvoiceSummary

class InvoiceDao @Inject()(protected val dbConfigProvider: DatabaseConfigProvider)(implicit ec: ExecutionContext)
    extends HasDatabaseConfigProvider[JdbcProfile] {

  import profile.api._

  private implicit val getSummary: GetResult[InvoiceSummary] =
    GetResult(r => InvoiceSummary(r.<<, r.<<, r.<<, r.<<))

  /** Overdue invoices for the tenant's dashboard, oldest first. */
  def overdue(tenantId: Long, limit: Int): Future[Seq[InvoiceSummary]] = {
    val capped = math.min(math.max(limit, 1), 200)
    db.run(
      sql"""SELECT id, number, total_cents, due_on FROM invoices
            WHERE tenant_id = $tenantId AND due_on < CURRENT_DATE AND paid_at IS NULL
            ORDER BY due_on ASC LIMIT $capped""".as[InvoiceSummary]
    )
  }
}
