defmodule Shop.Reports do
  @moduledoc """
  Read-only reporting queries used by the admin dashboard.
  """

  import Ecto.Query, warn: false

  alias Shop.Repo
  alias Shop.Orders.Order

  def revenue_by_day(%Date{} = start_date, %Date{} = end_date) do
    from(o in Order,
      where: o.inserted_at >= ^start_date and o.inserted_at < ^end_date,
      where: o.status == "paid",
      group_by: fragment("date_trunc('day', ?)", o.inserted_at),
      select: {fragment("date_trunc('day', ?)", o.inserted_at), sum(o.total_cents)}
    )
    |> Repo.all()
  end

  def top_skus(limit \\ 20) when is_integer(limit) do
    Repo.query!(
      """
      SELECT li.sku, SUM(li.quantity) AS units
      FROM line_items li
      JOIN orders o ON o.id = li.order_id
      WHERE o.status = 'paid'
      GROUP BY li.sku
      ORDER BY units DESC
      LIMIT $1
      """,
      [limit]
    )
  end
end
