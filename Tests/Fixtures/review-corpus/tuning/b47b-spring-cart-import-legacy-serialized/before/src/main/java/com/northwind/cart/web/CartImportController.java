package com.northwind.cart.web;

import com.northwind.cart.model.CartSnapshot;
import com.northwind.cart.security.ShopUser;
import com.northwind.cart.service.CartService;
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
}
