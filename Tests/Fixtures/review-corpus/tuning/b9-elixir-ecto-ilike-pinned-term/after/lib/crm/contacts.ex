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

  def search_contacts(account_id, query) when is_binary(query) do
    pattern = "%#{escape_like(query)}%"

    from(c in Contact,
      where: c.account_id == ^account_id,
      where: ilike(c.last_name, ^pattern) or ilike(c.email, ^pattern) or ilike(c.company, ^pattern),
      order_by: [asc: c.last_name, asc: c.first_name],
      limit: 50
    )
    |> Repo.all()
  end

  def count_by_domain(account_id, domain) do
    %{rows: [[count]]} =
      Ecto.Adapters.SQL.query!(
        Repo,
        "SELECT count(*) FROM contacts WHERE account_id = $1 AND split_part(email, '@', 2) = $2",
        [account_id, String.downcase(domain)]
      )

    count
  end

  def get_contact!(account_id, id) do
    Repo.get_by!(Contact, account_id: account_id, id: id)
  end

  defp escape_like(value) do
    String.replace(value, ~r/([\\%_])/, "\\\\\\1")
  end
end
