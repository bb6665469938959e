defmodule LedgerWeb.TransactionController do
  use LedgerWeb, :controller

  import Ecto.Query

  alias Ledger.Repo
  alias Ledger.Accounts.Transaction

  @page_size 50

  def index(conn, params) do
    account = conn.assigns.current_account
    filters = decode_filters(params["f"])

    transactions =
      Transaction
      |> where([t], t.account_id == ^account.id)
      |> apply_filters(filters)
      |> order_by([t], desc: t.booked_at, desc: t.id)
      |> limit(@page_size)
      |> Repo.all()

    render(conn, :index,
      transactions: transactions,
      filters: filters,
      filter_token: encode_filters(filters)
    )
  end

  def show(conn, %{"id" => id}) do
    account = conn.assigns.current_account
    transaction = Repo.get_by!(Transaction, id: id, account_id: account.id)
    render(conn, :show, transaction: transaction)
  end

  # Filters are round-tripped through the URL so a filtered view can be bookmarked.
  defp encode_filters(filters) do
    filters |> Jason.encode!() |> Base.url_encode64(padding: false)
  end

  defp decode_filters(nil), do: %{}

  defp decode_filters(token) do
    with {:ok, json} <- Base.url_decode64(token, padding: false),
         {:ok, %{} = map} <- Jason.decode(json) do
      Map.take(map, ["category", "min_cents", "max_cents", "counterparty"])
    else
      _ -> %{}
    end
  end

  defp apply_filters(query, filters) do
    Enum.reduce(filters, query, fn
      {"category", cat}, q -> where(q, [t], t.category == ^cat)
      {"min_cents", min}, q -> where(q, [t], t.amount_cents >= ^min)
      {"max_cents", max}, q -> where(q, [t], t.amount_cents <= ^max)
      {"counterparty", cp}, q -> where(q, [t], ilike(t.counterparty, ^"%#{cp}%"))
      _, q -> q
    end)
  end
end
