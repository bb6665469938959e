defmodule Crm.Contacts do
  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Contacts.Contact

  @page_size 50

  @sortable %{
    "name" => [asc: :last_name, asc: :first_name],
    "email" => [asc: :email],
    "newest" => [desc: :inserted_at],
    "last_contacted" => [desc_nulls_last: :last_contacted_at]
  }

  def list_contacts(org_id, params \\ %{}) do
    page = params |> Map.get("page", "1") |> String.to_integer() |> max(1)
    sort = Map.get(@sortable, params["sort"], @sortable["name"])

    Contact
    |> where([c], c.org_id == ^org_id)
    |> maybe_search(params["q"])
    |> order_by(^sort)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end

  defp maybe_search(query, nil), do: query
  defp maybe_search(query, ""), do: query

  defp maybe_search(query, term) do
    pattern = "%" <> String.replace(term, ~r/[\\%_]/, "\\\\\\0") <> "%"
    where(query, [c], ilike(c.email, ^pattern) or ilike(c.last_name, ^pattern))
  end
end
