defmodule Crm.Contacts.ContactQuery do
  @moduledoc """
  Query builders for the contacts list and CSV export.
  """

  import Ecto.Query

  alias Crm.Contacts.Contact

  @sort_fields %{
    "name" => :full_name,
    "email" => :email,
    "created" => :inserted_at,
    "last_seen" => :last_seen_at
  }

  @default_sort :inserted_at

  def base(org_id) do
    from c in Contact,
      where: c.org_id == ^org_id and is_nil(c.deleted_at)
  end

  def list(org_id, params) do
    org_id
    |> base()
    |> search(params["q"])
    |> order_by([c], desc: c.inserted_at)
  end

  def export(org_id, params) do
    field = sort_field(params["sort"])

    org_id
    |> base()
    |> search(params["q"])
    |> order_by([c], asc: field(c, ^field))
    |> select([c], map(c, [:id, :full_name, :email, :company, :inserted_at]))
  end

  defp search(query, nil), do: query
  defp search(query, ""), do: query

  defp search(query, term) do
    pattern = "%" <> escape_like(term) <> "%"

    where(query, [c], ilike(c.full_name, ^pattern) or ilike(c.email, ^pattern))
  end

  defp sort_field(key), do: Map.get(@sort_fields, key, @default_sort)

  defp escape_like(term) do
    String.replace(term, ~r/([\\%_])/, "\\\\\\1")
  end
end
