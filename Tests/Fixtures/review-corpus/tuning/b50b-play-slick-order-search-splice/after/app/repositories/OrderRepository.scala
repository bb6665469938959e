package repositories

import javax.inject.{Inject, Singleton}

import scala.concurrent.{ExecutionContext, Future}

import models.OrderSummary
import play.api.db.slick.{DatabaseConfigProvider, HasDatabaseConfigProvider}
import slick.jdbc.{GetResult, JdbcProfile}

@Singleton
class OrderRepository @Inject() (protected val dbConfigProvider: DatabaseConfigProvider)(implicit
    ec: ExecutionContext
) extends HasDatabaseConfigProvider[JdbcProfile] {
  import profile.api._

  private implicit val getOrderSummary: GetResult[OrderSummary] =
    GetResult(r => OrderSummary(r.<<, r.<<, r.<<, r.<<, r.<<))

  def listForCustomer(
      customerId: Long,
      status: String,
      search: Option[String],
      limit: Int
  ): Future[Seq[OrderSummary]] = {
    val searchClause = search.map(_.trim).filter(_.nonEmpty) match {
      case Some(q) => s"AND (o.reference ILIKE '%$q%' OR o.notes ILIKE '%$q%')"
      case None    => ""
    }
    db.run(
      sql"""SELECT o.id, o.reference, o.status, o.total_cents, o.created_at
              FROM orders o
             WHERE o.customer_id = $customerId
               AND o.status = $status
               #$searchClause
             ORDER BY o.created_at DESC
             LIMIT $limit""".as[OrderSummary]
    )
  }
}
