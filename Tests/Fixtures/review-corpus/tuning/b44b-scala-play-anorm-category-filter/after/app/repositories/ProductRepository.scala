package repositories

import javax.inject.{Inject, Singleton}

import scala.concurrent.Future

import anorm._
import anorm.SqlParser._
import play.api.db.Database

import models.Product

@Singleton
class ProductRepository @Inject()(db: Database)(implicit ec: DatabaseExecutionContext) {

  private val parser: RowParser[Product] =
    (long("id") ~ str("sku") ~ str("title") ~ int("price_cents")).map {
      case id ~ sku ~ title ~ price => Product(id, sku, title, price)
    }

  def search(shopId: Long, term: String, category: Option[String] = None): Future[List[Product]] = Future {
    db.withConnection { implicit c =>
      val pattern = s"%${term.toLowerCase}%"
      val categoryFilter = category.map(cat => s" AND category = '$cat'").getOrElse("")
      SQL(s"""SELECT id, sku, title, price_cents FROM products
            WHERE shop_id = {shopId} AND lower(title) LIKE {pattern}$categoryFilter
            ORDER BY title LIMIT 50""")
        .on("shopId" -> shopId, "pattern" -> pattern)
        .as(parser.*)
    }
  }

  def bySku(shopId: Long, sku: String): Future[Option[Product]] = Future {
    db.withConnection { implicit c =>
      SQL"SELECT id, sku, title, price_cents FROM products WHERE shop_id = $shopId AND sku = $sku"
        .as(parser.singleOpt)
    }
  }
}
