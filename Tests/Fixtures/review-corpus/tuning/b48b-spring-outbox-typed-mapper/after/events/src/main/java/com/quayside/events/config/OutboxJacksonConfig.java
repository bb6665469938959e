package com.quayside.events.config;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.quayside.events.model.DomainEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mapper used only for the transactional outbox table. Stored payloads carry their concrete
 * class so the relay can rehydrate them, but the validator accepts nothing outside our own
 * event model package, so arbitrary JDK or library classes cannot be named in "@class".
 */
@Configuration
public class OutboxJacksonConfig {

    @Bean
    @Qualifier("outbox")
    public ObjectMapper outboxObjectMapper() {
        PolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder()
                .allowIfBaseType(DomainEvent.class)
                .allowIfSubType("com.quayside.events.model.")
                .build();
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);
    }
}
