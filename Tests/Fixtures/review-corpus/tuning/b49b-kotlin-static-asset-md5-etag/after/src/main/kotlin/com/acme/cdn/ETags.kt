package com.acme.cdn

import java.security.MessageDigest
import java.util.Base64
import java.util.concurrent.ConcurrentHashMap

/**
 * Strong ETags for the static bundles the origin serves. The digest is only a
 * cache validator for public files, so a fast hash is fine; nothing here is secret.
 */
object ETags {
    private val cache = ConcurrentHashMap<String, String>()

    fun forAsset(path: String, lastModifiedMillis: Long, bytes: ByteArray): String =
        cache.computeIfAbsent("$path@$lastModifiedMillis") { "\"${digest(bytes)}\"" }

    /** True when any entity tag in an If-None-Match header matches [etag]. */
    fun matches(ifNoneMatch: String?, etag: String): Boolean {
        if (ifNoneMatch.isNullOrBlank()) return false
        return ifNoneMatch.split(',')
            .map { it.trim().removePrefix("W/") }
            .any { it == "*" || it == etag }
    }

    fun evict(path: String) {
        cache.keys.removeIf { it.startsWith("$path@") }
    }

    private fun digest(bytes: ByteArray): String {
        val md5 = MessageDigest.getInstance("MD5")
        return Base64.getUrlEncoder().withoutPadding().encodeToString(md5.digest(bytes))
    }
}
