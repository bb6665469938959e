defmodule Storefront.Orders do
  @moduledoc "Queries behind the merchant order list."

  import Ecto.Query, warn: false

  alias Storefront.Repo
  alias Storefront.Orders.Order

  @page_size 25

  def list_orders(shop_id, params \\ %{}) do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)

    Order
    |> where([o], o.shop_id == ^shop_id)
    |> filter_status(params["status"])
    |> order_by([o], desc: o.inserted_at)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> preload(:customer)
    |> Repo.all()
  end

  defp filter_status(query, nil), do: query
  defp filter_status(query, ""), do: query

  defp filter_status(query, status) do
    where(query, [o], o.status == ^status)
  end
end
