package io.lumen.accounts.db

import java.util.UUID

import doobie._
import doobie.implicits._
import doobie.postgres.implicits._
import doobie.util.fragments.whereAndOpt

import io.lumen.accounts.domain.User

object UserQueries {

  def byId(id: UUID): Query0[User] =
    sql"""SELECT id, email, display_name, created_at
            FROM users
           WHERE id = $id AND deleted_at IS NULL""".query[User]

  def byEmail(email: String): Query0[User] =
    sql"""SELECT id, email, display_name, created_at
            FROM users
           WHERE lower(email) = lower($email) AND deleted_at IS NULL""".query[User]

  /** Member picker: users in an org whose email or name contains `term`. */
  def search(orgId: UUID, term: Option[String], limit: Int): Query0[User] = {
    val pattern = term.map(_.trim).filter(_.nonEmpty).map { t =>
      val escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
      s"%$escaped%"
    }
    val byTerm = pattern.map(p => fr"(email ILIKE $p OR display_name ILIKE $p)")

    (fr"SELECT id, email, display_name, created_at FROM users" ++
      whereAndOpt(Some(fr"org_id = $orgId"), Some(fr"deleted_at IS NULL"), byTerm) ++
      fr"ORDER BY display_name LIMIT $limit").query[User]
  }
}
