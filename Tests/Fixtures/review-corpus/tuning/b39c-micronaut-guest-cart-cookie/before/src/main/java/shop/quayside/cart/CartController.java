package shop.quayside.cart;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/cart")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CartController {

    private final CartService carts;

    public CartController(CartService carts) {
        this.carts = carts;
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
}
