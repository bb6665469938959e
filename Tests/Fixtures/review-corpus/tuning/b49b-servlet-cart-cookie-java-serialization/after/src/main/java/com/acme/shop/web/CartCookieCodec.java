package com.acme.shop.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Keeps an anonymous visitor's cart in a cookie so it survives until they sign in,
 * at which point {@code CartMergeService} folds it into their account cart.
 */
@Component
public class CartCookieCodec {

    static final String COOKIE = "acme_cart";
    private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

    public Optional<Cart> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return decode(c.getValue());
            }
        }
        return Optional.empty();
    }

    public void write(HttpServletResponse response, Cart cart) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
            out.writeObject(cart);
        }
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(buf.toByteArray());
        Cookie c = new Cookie(COOKIE, value);
        c.setHttpOnly(true);
        c.setSecure(true);
        c.setPath("/");
        c.setMaxAge(MAX_AGE_SECONDS);
        response.addCookie(c);
    }

    private Optional<Cart> decode(String value) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(value);
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
                return Optional.of((Cart) in.readObject());
            }
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
