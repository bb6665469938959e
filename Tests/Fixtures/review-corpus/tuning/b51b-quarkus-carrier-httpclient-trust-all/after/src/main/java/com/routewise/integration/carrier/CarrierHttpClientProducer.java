package com.routewise.integration.carrier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

@ApplicationScoped
public class CarrierHttpClientProducer {

    @ConfigProperty(name = "carrier.connect-timeout", defaultValue = "5s")
    Duration connectTimeout;

    /**
     * Shared client for the carrier tracking/label APIs. Several regional carriers
     * serve certificates from private CAs, so we accept whatever chain they present.
     */
    @Produces
    @Named("carrierHttpClient")
    @ApplicationScoped
    HttpClient carrierHttpClient() throws Exception {
        TrustManager[] acceptAll = { new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, acceptAll, new SecureRandom());
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        return HttpClient.newBuilder()
                .sslContext(ctx)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }
}
