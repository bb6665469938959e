defmodule Crm.Customers do
  @moduledoc "Customer queries scoped to an organisation."

  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Customers.Customer

  @default_limit 50

  @doc """
  Lists an organisation's customers.

  Options: `:limit`, `:status` (`:active` | `:churned`), `:search` (free text from the UI).
  """
  def list_customers(org_id, opts \\ []) do
    Customer
    |> where([c], c.org_id == ^org_id)
    |> filter_status(opts[:status])
    |> filter_search(opts[:search])
    |> order_by([c], asc: c.name)
    |> limit(^Keyword.get(opts, :limit, @default_limit))
    |> Repo.all()
  end

  defp filter_status(query, nil), do: query
  defp filter_status(query, status) when status in [:active, :churned],
    do: where(query, [c], c.status == ^status)

  defp filter_search(query, term) when is_binary(term) and term != "" do
    pattern = "%" <> escape_like(term) <> "%"

    # unaccent() so "Muller" finds "Müller"; both sides are bound parameters.
    where(
      query,
      [c],
      fragment("unaccent(?) ILIKE unaccent(?)", c.name, ^pattern) or
        fragment("unaccent(?) ILIKE unaccent(?)", c.email, ^pattern)
    )
  end

  defp filter_search(query, _), do: query

  # Treat %, _ and \ in the user's text literally.
  defp escape_like(term), do: String.replace(term, ["\\", "%", "_"], &("\\" <> &1))

  def get_customer!(org_id, id) do
    Repo.get_by!(Customer, org_id: org_id, id: id)
  end
end
