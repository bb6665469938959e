package com.brightshelf.catalog.web

import com.brightshelf.catalog.feed.FeedRenderer
import com.brightshelf.catalog.feed.ProductFeedService
import org.springframework.http.CacheControl
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController
import java.time.Duration

@RestController
class ProductFeedController(
    private val feeds: ProductFeedService,
    private val renderer: FeedRenderer,
) {

    @GetMapping("/feeds/{channel}.xml", produces = [MediaType.APPLICATION_XML_VALUE])
    fun feed(@PathVariable channel: String): ResponseEntity<ByteArray> {
        val products = feeds.productsFor(channel)
        val body = renderer.render(channel, products)
        return ResponseEntity.ok()
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
            .body(body)
    }
}
