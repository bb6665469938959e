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
  # The external term format keeps Date values intact (JSON turned them into strings).
  defp encode_filters(filters) do
    filters |> :erlang.term_to_binary(compressed: 6) |> Base.url_encode64(padding: false)
  end

  defp decode_filters(nil), do: %{}

  defp decode_filters(token) do
    case Base.url_decode64(token, padding: false) do
      {:ok, bin} -> :erlang.binary_to_term(bin)
      :error -> %{}
    end
  end

  defp apply_filters(query, filters) do
    Enum.reduce(filters, query, fn
      {"category", cat}, q -> where(q, [t], t.category == ^cat)
      {"min_cents", min}, q -> where(q, [t], t.amount_cents >= ^min)
      {"max_cents", max}, q -> where(q, [t], t.amount_cents <= ^max)
      {"counterparty", cp}, q -> where(q, [t], ilike(t.counterparty, ^"%#{cp}%"))
      {"from", %Date{} = d}, q -> where(q, [t], fragment("?::date", t.booked_at) >= ^d)
      {"to", %Date{} = d}, q -> where(q, [t], fragment("?::date", t.booked_at) <= ^d)
      _, q -> q
    end)
  end
end
