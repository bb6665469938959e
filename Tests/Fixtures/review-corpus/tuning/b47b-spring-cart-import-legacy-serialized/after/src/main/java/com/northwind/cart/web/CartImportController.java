package com.northwind.cart.web;

import com.northwind.cart.model.CartSnapshot;
import com.northwind.cart.security.ShopUser;
import com.northwind.cart.service.CartService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cart")
public class CartImportController {

    private final CartService cartService;

    public CartImportController(CartService cartService) {
        this.cartService = cartService;
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> importJson(@AuthenticationPrincipal ShopUser user,
                                           @RequestBody CartSnapshot snapshot) {
        cartService.replace(user.getId(), snapshot);
        return ResponseEntity.noContent().build();
    }

    /** The 3.x desktop client still posts a Java-serialized CartSnapshot. */
    @PostMapping(path = "/import", consumes = "application/x-java-serialized-object")
    public ResponseEntity<Void> importLegacy(@AuthenticationPrincipal ShopUser user,
                                             HttpServletRequest request)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            CartSnapshot snapshot = (CartSnapshot) in.readObject();
            cartService.replace(user.getId(), snapshot);
        }
        return ResponseEntity.noContent().build();
    }
}
