package io.tallyhq.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.tallyhq.audit.AuditLog;
import io.tallyhq.users.UserService;
import io.tallyhq.users.UserSummary;

import java.security.Principal;
import java.util.List;
import java.util.Set;

@Controller("/admin/users")
@Secured({"ROLE_ADMIN"})
public class UserAdminController {

    private final UserService users;
    private final AuditLog audit;

    public UserAdminController(UserService users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Get
    public List<UserSummary> list() {
        return users.listAll();
    }

    @Put("/{id}/roles")
    public HttpResponse<?> setRoles(@PathVariable long id, @Body Set<String> roles, Principal principal) {
        users.replaceRoles(id, roles);
        audit.record(principal.getName(), "roles.set", id, roles);
        return HttpResponse.noContent();
    }

    @Delete("/{id}")
    public HttpResponse<?> deactivate(@PathVariable long id, Principal principal) {
        users.deactivate(id);
        audit.record(principal.getName(), "user.deactivate", id, null);
        return HttpResponse.noContent();
    }
}
