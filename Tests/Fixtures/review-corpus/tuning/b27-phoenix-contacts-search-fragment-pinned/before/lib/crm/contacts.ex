defmodule Crm.Contacts do
  @moduledoc """
  Contacts belonging to an account.
  """

  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Contacts.Contact
  alias Crm.Accounts.Scope

  @page_size 25

  def list_contacts(%Scope{account_id: account_id}, opts \\ []) do
    page = Keyword.get(opts, :page, 1)

    Contact
    |> where([c], c.account_id == ^account_id)
    |> where([c], is_nil(c.archived_at))
    |> order_by([c], asc: c.last_name, asc: c.first_name)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end

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
