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
    field = sort_field(params["sort"])
    dir = sort_dir(params["dir"])

    org_id
    |> base()
    |> search(params["q"])
    |> tagged(params["tags"])
    |> order_by([c], [{^dir, field(c, ^field)}, desc: c.id])
  end

  def export(org_id, params) do
    field = sort_field(params["sort"])

    org_id
    |> base()
    |> search(params["q"])
    |> tagged(params["tags"])
    |> order_by([c], asc: field(c, ^field))
    |> select([c], map(c, [:id, :full_name, :email, :company, :inserted_at]))
  end

  defp search(query, nil), do: query
  defp search(query, ""), do: query

  defp search(query, term) do
    pattern = "%" <> escape_like(term) <> "%"

    where(query, [c], ilike(c.full_name, ^pattern) or ilike(c.email, ^pattern))
  end

  # ?tags=vip,partner -> contacts carrying all of the given tags
  defp tagged(query, tags) when is_binary(tags) and tags != "" do
    wanted =
      tags
      |> String.split(",", trim: true)
      |> Enum.map(&String.trim/1)

    where(query, [c], fragment("? @> ?::text[]", c.tags, ^wanted))
  end

  defp tagged(query, _), do: query

  defp sort_field(key), do: Map.get(@sort_fields, key, @default_sort)

  defp sort_dir("asc"), do: :asc
  defp sort_dir(_), do: :desc

  defp escape_like(term) do
    String.replace(term, ~r/([\\%_])/, "\\\\\\1")
  end
end
