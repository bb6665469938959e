package models

import javax.inject.{Inject, Singleton}

import anorm._
import anorm.SqlParser._
import play.api.db.Database

case class Product(id: Long, name: String, category: String, priceCents: Long)

@Singleton
class ProductRepository @Inject() (db: Database) {

  private val parser: RowParser[Product] =
    (long("id") ~ str("name") ~ str("category") ~ long("price_cents")).map {
      case id ~ name ~ category ~ price => Product(id, name, category, price)
    }

  def findById(id: Long): Option[Product] = db.withConnection { implicit c =>
    SQL"SELECT id, name, category, price_cents FROM products WHERE id = $id".as(parser.singleOpt)
  }

  def all(limit: Int = 100): List[Product] = db.withConnection { implicit c =>
    SQL"SELECT id, name, category, price_cents FROM products ORDER BY name LIMIT $limit".as(parser.*)
  }
}
