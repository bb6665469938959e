package com.shopline.cart.web;

import com.shopline.cart.domain.Cart;
import com.shopline.cart.service.CartService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cart")
public class CartImportController {

    private final CartService cartService;

    public CartImportController(CartService cartService) {
        this.cartService = cartService;
    }

    /**
     * Restores a cart that the mobile app saved offline. The app sends the
     * serialized Cart object as application/octet-stream.
     */
    @PostMapping(value = "/import", consumes = "application/octet-stream")
    public ResponseEntity<Cart> importCart(HttpServletRequest request)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            Cart cart = (Cart) in.readObject();
            Cart saved = cartService.restore(cart);
            return ResponseEntity.ok(saved);
        }
    }
}
