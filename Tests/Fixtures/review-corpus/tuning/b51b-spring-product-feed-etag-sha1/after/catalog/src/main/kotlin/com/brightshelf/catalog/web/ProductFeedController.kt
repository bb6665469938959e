package com.brightshelf.catalog.web

import com.brightshelf.catalog.feed.FeedRenderer
import com.brightshelf.catalog.feed.ProductFeedService
import org.springframework.http.CacheControl
import org.springframework.http.HttpHeaders
import org.springframework.http.HttpStatus
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestHeader
import org.springframework.web.bind.annotation.RestController
import java.security.MessageDigest
import java.time.Duration

@RestController
class ProductFeedController(
    private val feeds: ProductFeedService,
    private val renderer: FeedRenderer,
) {

    @GetMapping("/feeds/{channel}.xml", produces = [MediaType.APPLICATION_XML_VALUE])
    fun feed(
        @PathVariable channel: String,
        @RequestHeader(HttpHeaders.IF_NONE_MATCH, required = false) ifNoneMatch: String?,
    ): ResponseEntity<ByteArray> {
        val products = feeds.productsFor(channel)
        val body = renderer.render(channel, products)
        val etag = "\"" + sha1Hex(body) + "\""
        if (ifNoneMatch == etag) {
            // Merchant crawlers poll every few minutes; skip the body when nothing changed.
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build()
        }
        return ResponseEntity.ok()
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
            .eTag(etag)
            .body(body)
    }

    // Content fingerprint for HTTP caching only; nothing security-relevant depends on it.
    private fun sha1Hex(bytes: ByteArray): String =
        MessageDigest.getInstance("SHA-1").digest(bytes).joinToString("") { "%02x".format(it) }
}
