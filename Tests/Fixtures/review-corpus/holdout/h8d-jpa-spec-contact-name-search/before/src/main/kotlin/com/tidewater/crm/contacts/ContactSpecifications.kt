package com.tidewater.crm.contacts

import org.springframework.data.jpa.domain.Specification
import java.time.Instant

object ContactSpecifications {

    fun ownedBy(accountId: Long): Specification<Contact> =
        Specification { root, _, cb -> cb.equal(root.get<Long>("accountId"), accountId) }

    fun hasTag(tag: String): Specification<Contact> =
        Specification { root, query, cb ->
            query?.distinct(true)
            cb.equal(root.join<Contact, Tag>("tags").get<String>("name"), tag)
        }

    fun updatedSince(since: Instant): Specification<Contact> =
        Specification { root, _, cb -> cb.greaterThanOrEqualTo(root.get("updatedAt"), since) }

    fun search(accountId: Long, tag: String?, since: Instant?): Specification<Contact> {
        var spec = ownedBy(accountId)
        tag?.let { spec = spec.and(hasTag(it)) }
        since?.let { spec = spec.and(updatedSince(it)) }
        return spec
    }
}
