package com.acme.orders;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    EntityManager em;

    @Inject
    OrderMapper mapper;

    @GET
    @SuppressWarnings("unchecked")
    public List<OrderDto> list(@QueryParam("status") @DefaultValue("OPEN") String status,
                               @QueryParam("limit") @DefaultValue("100") int limit) {
        String where = " where o.status = '" + status.toUpperCase() + "'";
        List<Order> orders = em.createNativeQuery(
                        "select * from orders o" + where + " order by o.created_at desc", Order.class)
                .setMaxResults(Math.min(limit, 500))
                .getResultList();
        return orders.stream().map(mapper::toDto).toList();
    }

    @GET
    @Path("/{id}")
    public OrderDto get(@PathParam("id") long id) {
        Order order = em.find(Order.class, id);
        if (order == null) {
            throw new NotFoundException();
        }
        return mapper.toDto(order);
    }
}
