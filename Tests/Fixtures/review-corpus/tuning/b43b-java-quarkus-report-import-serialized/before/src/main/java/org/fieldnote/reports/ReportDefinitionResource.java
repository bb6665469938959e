package org.fieldnote.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/report-definitions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class ReportDefinitionResource {

    @Inject
    ReportDefinitionRepository repository;

    @GET
    public List<ReportDefinition> list() {
        return repository.listAll();
    }

    @GET
    @Path("/{id}")
    public ReportDefinition get(@PathParam("id") long id) {
        return repository.findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(ReportDefinition definition) {
        definition.id = null;
        repository.persist(definition);
        return Response.status(Response.Status.CREATED).entity(definition).build();
    }
}
