package org.lumenfield.portal.auth;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/login")
public class LoginResource {

    private static final URI DEFAULT_LANDING = URI.create("/dashboard");

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username,
                          @FormParam("password") String password,
                          @Context HttpServletRequest request) {
        if (!throttle.tryAcquire(request.getRemoteAddr(), username)) {
            return Response.status(429).build();
        }
        return accounts.authenticate(username, password)
                .map(account -> {
                    request.changeSessionId();
                    request.getSession().setAttribute(SessionKeys.ACCOUNT_ID, account.id());
                    return Response.seeOther(DEFAULT_LANDING).build();
                })
                .orElseGet(() -> Response.seeOther(URI.create("/login?error=1")).build());
    }
}
