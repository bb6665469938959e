package com.acme.orders.mapper;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import com.acme.orders.model.OrderSummary;

@Mapper
public interface OrderMapper {

    @Select({"<script>",
            "SELECT id, customer_id, status, total_cents, created_at FROM orders",
            "WHERE customer_id = #{customerId}",
            "<if test='status != null'>AND status = #{status}</if>",
            "ORDER BY",
            "<choose>",
            "  <when test='sort == \"total\"'>total_cents DESC</when>",
            "  <when test='sort == \"status\"'>status, created_at DESC</when>",
            "  <otherwise>created_at DESC</otherwise>",
            "</choose>",
            "LIMIT 100",
            "</script>"})
    List<OrderSummary> findByCustomer(@Param("customerId") long customerId,
                                      @Param("status") String status,
                                      @Param("sort") String sort);

    @Select("SELECT count(*) FROM orders WHERE customer_id = #{customerId} AND created_at >= #{since}")
    int countSince(@Param("customerId") long customerId, @Param("since") Instant since);
}
