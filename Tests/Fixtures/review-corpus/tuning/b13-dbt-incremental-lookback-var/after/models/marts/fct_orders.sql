{{
  config(
    materialized='incremental',
    unique_key='order_id',
    on_schema_change='append_new_columns'
  )
}}

{%- set lookback_days = var('orders_lookback_days', 3) | int -%}

with orders as (

    select * from {{ ref('stg_shop__orders') }}

),

payments as (

    select order_id, sum(amount) as amount_paid
    from {{ ref('stg_shop__payments') }}
    where status = 'success'
    group by 1

)

select
    orders.order_id,
    orders.customer_id,
    orders.ordered_at,
    coalesce(payments.amount_paid, 0) as amount_paid
from orders
left join payments using (order_id)

{% if is_incremental() %}
-- re-process a short window so late-arriving payments are picked up
where orders.ordered_at > (
    select {{ dbt.dateadd('day', -1 * lookback_days, 'max(ordered_at)') }} from {{ this }}
)
{% endif %}