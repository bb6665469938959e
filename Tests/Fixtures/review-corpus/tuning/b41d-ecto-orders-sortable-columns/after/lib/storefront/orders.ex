defmodule Storefront.Orders do
  @moduledoc "Queries behind the merchant order list."

  import Ecto.Query, warn: false

  alias Storefront.Repo
  alias Storefront.Orders.Order

  @page_size 25

  # Column headers in the order table send ?sort=<key>&dir=asc|desc.
  @sortable %{
    "placed" => :inserted_at,
    "total" => :total_cents,
    "status" => :status,
    "customer" => :customer_email
  }
  @directions %{"asc" => :asc_nulls_last, "desc" => :desc_nulls_last}

  def list_orders(shop_id, params \\ %{}) do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)
    {field, dir} = sort_spec(params)

    Order
    |> where([o], o.shop_id == ^shop_id)
    |> filter_status(params["status"])
    |> filter_search(params["q"])
    |> order_by([o], [{^dir, field(o, ^field)}, desc: o.id])
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> preload(:customer)
    |> Repo.all()
  end

  defp sort_spec(params) do
    field = Map.get(@sortable, params["sort"], :inserted_at)
    dir = Map.get(@directions, params["dir"], :desc_nulls_last)
    {field, dir}
  end

  defp filter_status(query, nil), do: query
  defp filter_status(query, ""), do: query

  defp filter_status(query, status) do
    where(query, [o], o.status == ^status)
  end

  defp filter_search(query, term) when term in [nil, ""], do: query

  defp filter_search(query, term) do
    pattern = "%" <> String.replace(term, ~r/[\\%_]/, "\\\\\\0") <> "%"

    where(
      query,
      [o],
      fragment("? ILIKE ?", o.customer_email, ^pattern) or
        fragment("?::text ILIKE ?", o.number, ^pattern)
    )
  end
end
