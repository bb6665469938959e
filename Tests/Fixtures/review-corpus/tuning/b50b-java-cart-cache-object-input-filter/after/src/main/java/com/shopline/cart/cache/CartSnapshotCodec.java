package com.shopline.cart.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

import com.shopline.cart.model.CartSnapshot;

/** Serialises cart snapshots for the Redis cache that only cart-service writes and reads. */
final class CartSnapshotCodec {

    /**
     * Only our snapshot model and the JDK value types it holds may be materialised; anything
     * else is rejected before its readObject runs (JEP 290). Keep in sync with cart.model.
     */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=8;maxrefs=10000;maxbytes=1048576;maxarray=10000;"
                    + "com.shopline.cart.model.*;"
                    + "java.util.ArrayList;java.util.HashMap;java.lang.Number;java.lang.Enum;"
                    + "java.math.BigDecimal;java.math.BigInteger;java.time.Ser;java.time.Instant;"
                    + "!*");

    private CartSnapshotCodec() {}

    static byte[] encode(CartSnapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static CartSnapshot decode(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(FILTER);
            return (CartSnapshot) in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException("rejected class in cart cache: " + e.classname, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("unknown class in cart cache", e);
        }
    }
}
