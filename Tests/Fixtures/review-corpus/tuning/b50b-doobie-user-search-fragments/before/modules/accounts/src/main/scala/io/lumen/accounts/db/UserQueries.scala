package io.lumen.accounts.db

import java.util.UUID

import doobie._
import doobie.implicits._
import doobie.postgres.implicits._

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
}
