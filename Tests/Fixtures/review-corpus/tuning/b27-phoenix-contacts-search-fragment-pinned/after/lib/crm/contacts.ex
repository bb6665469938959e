defmodule Crm.Contacts do
  @moduledoc """
  Contacts belonging to an account.
  """

  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Contacts.Contact
  alias Crm.Accounts.Scope

  @page_size 25
  @sort_fields %{
    "name" => [:last_name, :first_name],
    "company" => [:company, :last_name],
    "recent" => [:inserted_at]
  }

  def list_contacts(%Scope{account_id: account_id}, opts \\ []) do
    page = Keyword.get(opts, :page, 1)
    search = opts |> Keyword.get(:search, "") |> String.trim()
    sort_fields = Map.get(@sort_fields, Keyword.get(opts, :sort), @sort_fields["name"])

    Contact
    |> where([c], c.account_id == ^account_id)
    |> where([c], is_nil(c.archived_at))
    |> maybe_search(search)
    |> order_by(^sort_fields)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end

  defp maybe_search(query, ""), do: query

  defp maybe_search(query, term) do
    pattern = "%#{escape_like(term)}%"

    where(
      query,
      [c],
      fragment("? ILIKE ?", c.email, ^pattern) or
        fragment("(? || ' ' || ?) ILIKE ?", c.first_name, c.last_name, ^pattern) or
        fragment("? ILIKE ?", c.company, ^pattern)
    )
  end

  defp escape_like(term), do: String.replace(term, ~r/[\\%_]/, "\\\\\\0")

  def get_contact!(%Scope{account_id: account_id}, id) do
    Contact
    |> where([c], c.account_id == ^account_id and c.id == ^id)
    |> Repo.one!()
  end

  def create_contact(%Scope{account_id: account_id}, attrs) do
    %Contact{account_id: account_id}
    |> Contact.changeset(attrs)
    |> Repo.insert()
  end

  def update_contact(%Scope{} = scope, %Contact{} = contact, attrs) do
    true = contact.account_id == scope.account_id

    contact
    |> Contact.changeset(attrs)
    |> Repo.update()
  end

  def archive_contact(%Scope{} = scope, %Contact{} = contact) do
    true = contact.account_id == scope.account_id

    contact
    |> Ecto.Changeset.change(archived_at: DateTime.utc_now(:second))
    |> Repo.update()
  end
end
