package org.acme.reports;

import java.io.File;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/reports")
@RolesAllowed("analyst")
public class ReportDownloadResource {

    @Inject
    ReportRepository reports;

    @ConfigProperty(name = "reports.output-dir")
    String outputDir;

    @GET
    @Path("/{id}/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("id") long id) {
        Report report = reports.findByIdOptional(id).orElseThrow(NotFoundException::new);
        File file = new File(outputDir, report.fileName);
        if (!file.isFile()) {
            throw new NotFoundException();
        }
        return Response.ok(file)
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName + "\"")
                .build();
    }

    @GET
    @Path("/files/{name: .+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response byName(@PathParam("name") String name) {
        // scheduled exports are written straight to disk and never get a Report row
        File file = new File(outputDir, name);
        if (!file.isFile()) {
            throw new NotFoundException();
        }
        return Response.ok(file)
                .header("Content-Disposition", "attachment; filename=\"" + file.getName() + "\"")
                .build();
    }
}
