defmodule Crm.Contacts do
  import Ecto.Query, warn: false

  alias Crm.Repo
  alias Crm.Contacts.Contact

  def list_contacts(account_id) do
    Contact
    |> where([c], c.account_id == ^account_id)
    |> order_by([c], asc: c.last_name)
    |> Repo.all()
  end

  def get_contact!(account_id, id) do
    Repo.get_by!(Contact, account_id: account_id, id: id)
  end
end
