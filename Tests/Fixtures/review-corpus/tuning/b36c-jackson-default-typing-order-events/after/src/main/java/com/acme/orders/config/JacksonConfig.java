package com.acme.orders.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.acme.orders.events.OrderEventSerde;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.ZoneOffset;
import java.util.TimeZone;

@Configuration
public class JacksonConfig {

    /**
     * Shared settings for the MVC message converters and the Kafka order-event serde,
     * which both use the Boot-managed ObjectMapper.
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer orderServiceJackson() {
        return builder -> builder
                .modules(new JavaTimeModule(), new ParameterNamesModule())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .featuresToDisable(
                        SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .featuresToEnable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_ENUM_VALUE)
                .timeZone(TimeZone.getTimeZone(ZoneOffset.UTC))
                // OrderEvent.attributes is a Map<String, Object>; without type info BigDecimal/LocalDate
                // and nested DTOs come back as Double/String/LinkedHashMap after the Kafka round trip.
                .postConfigurer(mapper -> mapper.activateDefaultTyping(
                        BasicPolymorphicTypeValidator.builder()
                                .allowIfBaseType(Object.class)
                                .build(),
                        ObjectMapper.DefaultTyping.NON_FINAL,
                        JsonTypeInfo.As.PROPERTY));
    }

    @Bean
    public OrderEventSerde orderEventSerde(ObjectMapper objectMapper) {
        return new OrderEventSerde(objectMapper);
    }

    /**
     * Separate mapper for the audit log: pretty printed and without the NON_NULL rule so
     * that cleared fields show up as explicit nulls in the diff.
     */
    @Bean
    public ObjectMapper auditObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.createXmlMapper(false)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .indentOutput(true)
                .build();
    }
}
