package com.tidepool.accounts

import cats.effect.IO
import org.mindrot.jbcrypt.BCrypt

final case class Credentials(userId: Long, passwordHash: String)

final case class WeakPassword(reason: String) extends Exception(reason)

class PasswordService(repo: CredentialRepo) {

  private val Cost = 12

  def setPassword(userId: Long, plain: String): IO[Unit] =
    for {
      _    <- IO.raiseWhen(plain.length < 10)(WeakPassword("at least 10 characters"))
      hash <- IO.blocking(BCrypt.hashpw(plain, BCrypt.gensalt(Cost)))
      _    <- repo.upsert(Credentials(userId, hash))
    } yield ()

  def verify(userId: Long, plain: String): IO[Boolean] =
    repo.find(userId).flatMap {
      case Some(c) => IO.blocking(BCrypt.checkpw(plain, c.passwordHash))
      case None    => IO.pure(false)
    }
}
