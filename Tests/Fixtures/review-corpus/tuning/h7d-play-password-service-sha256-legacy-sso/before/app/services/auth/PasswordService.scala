package services.auth

import javax.inject.{Inject, Singleton}

import org.mindrot.jbcrypt.BCrypt
import play.api.{Configuration, Logging}

import scala.util.Try

/** Hashes and checks account passwords. Hashes are stored in users.password_hash. */
@Singleton
class PasswordService @Inject() (config: Configuration) extends Logging {

  private val logRounds: Int = config.getOptional[Int]("auth.bcrypt.log-rounds").getOrElse(12)

  private val MinLength = 10

  def validateStrength(password: String): Either[String, Unit] =
    if (password.length < MinLength) Left(s"Password must be at least $MinLength characters")
    else if (password.forall(_.isLetter)) Left("Password must contain a digit or a symbol")
    else Right(())

  def hash(password: String): String =
    BCrypt.hashpw(password, BCrypt.gensalt(logRounds))

  def verify(password: String, storedHash: String): Boolean =
    Try(BCrypt.checkpw(password, storedHash)).recover { case e: IllegalArgumentException =>
      logger.warn(s"unreadable password hash: ${e.getMessage}")
      false
    }.get

  def needsRehash(storedHash: String): Boolean =
    storedHash.split('$') match {
      case Array(_, _, rounds, _) => Try(rounds.toInt).toOption.forall(_ < logRounds)
      case _                      => true
    }
}
