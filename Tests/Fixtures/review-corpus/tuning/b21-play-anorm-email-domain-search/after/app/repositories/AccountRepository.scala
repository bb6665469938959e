package repositories

import anorm._
import anorm.SqlParser._
import javax.inject.{Inject, Singleton}
import models.{Account, AccountStatus}
import play.api.db.Database

import java.time.Instant
import scala.concurrent.Future

@Singleton
class AccountRepository @Inject() (db: Database)(implicit ec: DatabaseExecutionContext) {

  private val accountParser: RowParser[Account] =
    (long("id") ~ str("email") ~ str("display_name") ~ str("status") ~ get[Instant]("created_at")).map {
      case id ~ email ~ name ~ status ~ created =>
        Account(id, email, name, AccountStatus.withName(status), created)
    }

  def findById(id: Long): Future[Option[Account]] = Future {
    db.withConnection { implicit c =>
      SQL"SELECT id, email, display_name, status, created_at FROM accounts WHERE id = $id"
        .as(accountParser.singleOpt)
    }
  }

  def findByEmail(email: String): Future[Option[Account]] = Future {
    db.withConnection { implicit c =>
      SQL"SELECT id, email, display_name, status, created_at FROM accounts WHERE lower(email) = ${email.toLowerCase}"
        .as(accountParser.singleOpt)
    }
  }

  def findByEmailDomain(domain: String): Future[List[Account]] = Future {
    val pattern = s"%@${domain.trim.toLowerCase.replace("%", "").replace("_", "")}"
    db.withConnection { implicit c =>
      SQL"""
        SELECT id, email, display_name, status, created_at
          FROM accounts
         WHERE lower(email) LIKE $pattern
           AND status <> 'deleted'
         ORDER BY email
         LIMIT 1000
      """.as(accountParser.*)
    }
  }

  def listRecent(limit: Int): Future[List[Account]] = Future {
    db.withConnection { implicit c =>
      SQL"""
        SELECT id, email, display_name, status, created_at
          FROM accounts
         ORDER BY created_at DESC
         LIMIT ${math.min(limit, 500)}
      """.as(accountParser.*)
    }
  }

  def updateStatus(id: Long, status: AccountStatus): Future[Int] = Future {
    db.withConnection { implicit c =>
      SQL"UPDATE accounts SET status = ${status.toString}, updated_at = now() WHERE id = $id".executeUpdate()
    }
  }
}
