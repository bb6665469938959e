package org.openatlas.tiles;

import org.apache.commons.codec.digest.DigestUtils;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

@Path("/tiles")
public class TileResource {

    private static final CacheControl ONE_DAY = CacheControl.valueOf("public, max-age=86400");

    @Inject
    TileStore store;

    @GET
    @Path("/{z}/{x}/{y}.png")
    @Produces("image/png")
    public Response tile(@PathParam("z") int z, @PathParam("x") int x, @PathParam("y") int y,
                         @Context Request request) {
        if (z < 0 || z > 19) {
            throw new NotFoundException();
        }
        byte[] png = store.render(z, x, y);
        // strong validator from the tile bytes so browsers and the CDN can revalidate cheaply
        EntityTag etag = new EntityTag(DigestUtils.md5Hex(png));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(ONE_DAY).build();
        }
        return Response.ok(png)
                .tag(etag)
                .cacheControl(ONE_DAY)
                .build();
    }
}
