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

        val statements = balances.map { b ->
            Statement(
                "INSERT INTO balance_snapshots (account_id, day, amount_minor, currency) VALUES (?, ?, ?, ?)",
                listOf(b.accountId, day, b.amountMinor, b.currency),
            )
        }
        statements.chunked(BATCH_SIZE).forEach { executor.execBatch(it) }
    }

    private companion object {
        const val BATCH_SIZE = 500
    }
}
