package org.openatlas.tiles;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

@Path("/tiles")
public class TileResource {

    private static final CacheControl ONE_DAY = CacheControl.valueOf("public, max-age=86400");

    @Inject
    TileStore store;

    @GET
    @Path("/{z}/{x}/{y}.png")
    @Produces("image/png")
    public Response tile(@PathParam("z") int z, @PathParam("x") int x, @PathParam("y") int y) {
        if (z < 0 || z > 19) {
            throw new NotFoundException();
        }
        byte[] png = store.render(z, x, y);
        return Response.ok(png)
                .cacheControl(ONE_DAY)
                .build();
    }
}
