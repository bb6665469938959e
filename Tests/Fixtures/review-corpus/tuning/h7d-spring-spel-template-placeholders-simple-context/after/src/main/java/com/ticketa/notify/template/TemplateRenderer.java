package com.ticketa.notify.template;

import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.common.TemplateParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Renders organiser-defined notification templates such as
 * {@code "Hi #{attendee.firstName}, your ticket for #{event.title} starts at #{event.startsAt}"}.
 *
 * <p>Templates are edited by organiser admins in the dashboard, so they are treated as untrusted:
 * evaluation uses a SimpleEvaluationContext whose only accessor is a MapAccessor over a map of
 * plain values built by {@link NotificationModelFactory}. No type references (T(...)), constructors,
 * bean references or method calls are available; only map-key reads like attendee.firstName.
 */
@Component
public class TemplateRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);
    private static final int MAX_TEMPLATE_LENGTH = 4_000;

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final TemplateParserContext templateContext = new TemplateParserContext("#{", "}");

    public String render(String template, Map<String, Object> model) {
        Objects.requireNonNull(template, "template");
        if (template.length() > MAX_TEMPLATE_LENGTH) {
            throw new TemplateRenderException("template exceeds " + MAX_TEMPLATE_LENGTH + " characters");
        }

        Expression expression;
        try {
            expression = parser.parseExpression(template, templateContext);
        } catch (ParseException e) {
            throw new TemplateRenderException("invalid placeholder: " + e.getSimpleMessage(), e);
        }

        EvaluationContext context = SimpleEvaluationContext
                .forPropertyAccessors(new MapAccessor())
                .withRootObject(model)
                .build();

        try {
            String rendered = expression.getValue(context, String.class);
            return rendered == null ? "" : rendered;
        } catch (EvaluationException e) {
            log.debug("template placeholder failed to resolve: {}", e.getMessage());
            throw new TemplateRenderException("unknown placeholder: " + e.getMessage(), e);
        }
    }
}
