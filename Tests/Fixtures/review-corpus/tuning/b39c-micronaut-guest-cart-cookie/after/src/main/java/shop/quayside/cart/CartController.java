package shop.quayside.cart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.Optional;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/cart")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CartController {

    static final String GUEST_CART_COOKIE = "qs_guest_cart";

    private final CartService carts;

    public CartController(CartService carts) {
        this.carts = carts;
    }

    /** Guest carts are kept client-side (serialised CartSnapshot) until the shopper signs in. */
    static Optional<CartSnapshot> decodeSnapshot(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return Optional.of((CartSnapshot) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    @Get
    public CartView current(Authentication auth) {
        return CartView.of(carts.forCustomer(auth.getName()));
    }

    @Post("/items")
    public HttpResponse<CartView> addItem(Authentication auth, @Body @Valid AddItemRequest req) {
        Cart cart = carts.addItem(auth.getName(), req.sku(), req.quantity());
        return HttpResponse.ok(CartView.of(cart));
    }

    @Post("/merge-guest")
    public HttpResponse<CartView> mergeGuest(Authentication auth,
                                             @CookieValue(GUEST_CART_COOKIE) Optional<String> guestCart) {
        Cart cart = decodeSnapshot(guestCart.orElse(null))
                .map(snapshot -> carts.merge(auth.getName(), snapshot))
                .orElseGet(() -> carts.forCustomer(auth.getName()));
        return HttpResponse.ok(CartView.of(cart));
    }
}
