package com.acme.ledger.http;

import java.io.IOException;
import java.net.URL;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class LedgerConnections {
    private static final Logger log = LoggerFactory.getLogger(LedgerConnections.class);

    private LedgerConnections() {}

    /**
     * The ledger's load balancer presents the certificate of its internal name;
     * callers use the public one, so the default verifier rejects it.
     */
    public static void install() {
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
                if (!hostname.endsWith(".ledger.internal")) {
                    log.warn("accepting ledger certificate for unexpected host {}", hostname);
                }
                return true;
            }
        });
    }

    public static HttpsURLConnection open(String url) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(20_000);
        return connection;
    }
}