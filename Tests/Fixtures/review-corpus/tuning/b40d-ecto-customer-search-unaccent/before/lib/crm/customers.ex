defmodule Crm.Customers do
  @moduledoc "Customer queries scoped to an organisation."

  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Customers.Customer

  @default_limit 50

  @doc """
  Lists an organisation's customers.

  Options: `:limit`, `:status` (`:active` | `:churned`).
  """
  def list_customers(org_id, opts \\ []) do
    Customer
    |> where([c], c.org_id == ^org_id)
    |> filter_status(opts[:status])
    |> order_by([c], asc: c.name)
    |> limit(^Keyword.get(opts, :limit, @default_limit))
    |> Repo.all()
  end

  defp filter_status(query, nil), do: query
  defp filter_status(query, status) when status in [:active, :churned],
    do: where(query, [c], c.status == ^status)

  def get_customer!(org_id, id) do
    Repo.get_by!(Customer, org_id: org_id, id: id)
  end
end
