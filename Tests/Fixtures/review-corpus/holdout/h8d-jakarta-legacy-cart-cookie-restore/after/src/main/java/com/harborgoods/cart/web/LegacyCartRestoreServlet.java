package com.harborgoods.cart.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;

import com.harborgoods.cart.CartService;
import com.harborgoods.cart.model.Cart;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The old storefront kept the cart client-side as a serialized Cart in the HC_CART cookie.
 * Until those cookies expire, restore them into the server-side cart on first visit.
 */
@WebServlet("/cart/restore")
public class LegacyCartRestoreServlet extends HttpServlet {

    @Inject
    private CartService carts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cookie legacy = findCookie(req, "HC_CART");
        if (legacy != null) {
            byte[] raw = Base64.getUrlDecoder().decode(legacy.getValue());
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
                Cart restored = (Cart) in.readObject();
                carts.merge(req.getSession(true).getId(), restored);
            } catch (ClassNotFoundException | ClassCastException e) {
                log("ignoring unreadable legacy cart cookie", e);
            }
            Cookie expired = new Cookie("HC_CART", "");
            expired.setMaxAge(0);
            expired.setPath("/");
            resp.addCookie(expired);
        }
        resp.sendRedirect(req.getContextPath() + "/cart");
    }

    private static Cookie findCookie(HttpServletRequest req, String name) {
        if (req.getCookies() == null) {
            return null;
        }
        for (Cookie c : req.getCookies()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        return null;
    }
}
