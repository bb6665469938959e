package com.acme.orders.mapper;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import com.acme.orders.model.OrderSummary;

@Mapper
public interface OrderMapper {

    @Select("SELECT id, customer_id, status, total_cents, created_at FROM orders "
            + "WHERE customer_id = #{customerId} ORDER BY created_at DESC LIMIT 100")
    List<OrderSummary> findByCustomer(@Param("customerId") long customerId);

    @Select("SELECT count(*) FROM orders WHERE customer_id = #{customerId} AND created_at >= #{since}")
    int countSince(@Param("customerId") long customerId, @Param("since") Instant since);
}
