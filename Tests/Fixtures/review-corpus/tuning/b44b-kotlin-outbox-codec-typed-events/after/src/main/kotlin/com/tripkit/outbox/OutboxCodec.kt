package com.tripkit.outbox

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.SerializationFeature
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.tripkit.events.DomainEvent
import org.springframework.stereotype.Component

/**
 * Serialises domain events into the transactional outbox table and back for the relay.
 * This mapper is private to the outbox; HTTP bodies go through the MVC ObjectMapper.
 */
@Component
class OutboxCodec {

    // Events now nest other events (e.g. BookingAmended.previous); keep concrete types,
    // but only classes under com.tripkit.events may ever be named in "@type".
    private val eventTypes = BasicPolymorphicTypeValidator.builder()
        .allowIfSubType("com.tripkit.events.")
        .build()

    private val mapper: ObjectMapper = jacksonObjectMapper()
        .registerModule(JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .activateDefaultTypingAsProperty(eventTypes, ObjectMapper.DefaultTyping.NON_CONCRETE_AND_ARRAYS, "@type")

    fun encode(event: DomainEvent): OutboxRow =
        OutboxRow(type = event.javaClass.simpleName, payload = mapper.writeValueAsString(event))

    fun decode(row: OutboxRow): DomainEvent {
        val cls = EVENT_TYPES[row.type] ?: error("unknown outbox event type ${row.type}")
        return mapper.readValue(row.payload, cls)
    }

    private companion object {
        val EVENT_TYPES = DomainEvent::class.sealedSubclasses.associate { it.simpleName!! to it.java }
    }
}
