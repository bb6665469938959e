package com.acme.ledger.db

import cats.data.NonEmptyList
import cats.effect.IO
import doobie._
import doobie.implicits._
import doobie.postgres.implicits._
import java.time.Instant

final case class Entry(id: Long, accountId: String, amountMinor: Long, memo: String, postedAt: Instant)

final class EntryRepository(xa: Transactor[IO]) {

  // doobie's fr/sql interpolators turn every $value into a JDBC '?' parameter.
  def search(accountId: String, memoTerm: Option[String], currencies: List[String], limit: Int): IO[List[Entry]] = {
    val byAccount = Some(fr"account_id = $accountId")
    val byMemo    = memoTerm.map(t => fr"memo ILIKE ${"%" + t + "%"}")
    val byCcy     = NonEmptyList.fromList(currencies).map(cs => Fragments.in(fr"currency", cs))

    val q =
      fr"SELECT id, account_id, amount_minor, memo, posted_at FROM ledger_entries" ++
        Fragments.whereAndOpt(byAccount, byMemo, byCcy) ++
        fr"ORDER BY posted_at DESC LIMIT ${limit.max(1).min(500)}"

    q.query[Entry].to[List].transact(xa)
  }

  def balance(accountId: String): IO[Long] =
    sql"SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account_id = $accountId"
      .query[Long]
      .unique
      .transact(xa)
}