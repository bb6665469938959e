package com.acme.ledger.jobs

import com.acme.ledger.db.Statement
import com.acme.ledger.db.StatementExecutor
import com.acme.ledger.repo.AccountRepository
import org.slf4j.LoggerFactory
import java.time.Clock
import java.time.LocalDate

class BalanceSnapshotJob(
    private val accounts: AccountRepository,
    private val executor: StatementExecutor,
    private val clock: Clock,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun run() {
        val day = LocalDate.now(clock)
        val balances = accounts.closingBalances(day)
        log.info("Writing {} balance snapshots for {}", balances.size, day)

        for (b in balances) {
            executor.exec(
                Statement(
                    "INSERT INTO balance_snapshots (account_id, day, amount_minor, currency) VALUES (?, ?, ?, ?)",
                    listOf(b.accountId, day, b.amountMinor, b.currency),
                ),
            )
        }
    }
}
