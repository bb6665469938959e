package com.acme.payouts.client

import okhttp3.CertificatePinner
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import java.time.Duration

/**
 * HTTP client for the bank's payout API. On top of normal certificate validation the
 * connection is pinned to the bank's intermediate and backup keys (published SPKI hashes).
 */
object BankHttpClient {
    private const val HOST = "payouts.bank.example.com"

    private val pinner = CertificatePinner.Builder()
        .add(HOST, "sha256/Aa+KvvF/tGni8kGyJvdYkF9Ao5/AjYjGO/T0t+uEMhw=")
        .add(HOST, "sha256/8zh6YN4tyBn5CMJ0XsviLAitQ6yaA+mcMQu+Of0O0Xw=")
        .build()

    fun create(debug: Boolean = false): OkHttpClient =
        OkHttpClient.Builder()
            .certificatePinner(pinner)
            .connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS))
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .apply {
                if (debug) {
                    val logging = HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.HEADERS)
                    logging.redactHeader("Authorization")
                    addInterceptor(logging)
                }
            }
            .build()
}