package com.acme.orders;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
    public List<OrderDto> list() {
        List<Order> orders = em.createQuery("select o from Order o order by o.createdAt desc", Order.class)
                .setMaxResults(100)
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
