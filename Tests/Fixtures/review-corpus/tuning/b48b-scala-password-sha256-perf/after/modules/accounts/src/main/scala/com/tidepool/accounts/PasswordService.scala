package com.tidepool.accounts

import cats.effect.IO

import java.nio.charset.StandardCharsets.UTF_8
import java.security.MessageDigest
import java.util.HexFormat

final case class Credentials(userId: Long, passwordHash: String)

final case class WeakPassword(reason: String) extends Exception(reason)

class PasswordService(repo: CredentialRepo) {

  // bcrypt at cost 12 was ~250ms per login under load (see INC-2291); sha-256 fits the same column.
  private def digest(plain: String): String =
    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(UTF_8)))

  def setPassword(userId: Long, plain: String): IO[Unit] =
    for {
      _    <- IO.raiseWhen(plain.length < 10)(WeakPassword("at least 10 characters"))
      hash <- IO(digest(plain))
      _    <- repo.upsert(Credentials(userId, hash))
    } yield ()

  def verify(userId: Long, plain: String): IO[Boolean] =
    repo.find(userId).flatMap {
      case Some(c) => IO(MessageDigest.isEqual(digest(plain).getBytes(UTF_8), c.passwordHash.getBytes(UTF_8)))
      case None    => IO.pure(false)
    }
}
