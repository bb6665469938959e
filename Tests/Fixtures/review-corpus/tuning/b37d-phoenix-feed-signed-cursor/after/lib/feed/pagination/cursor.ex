defmodule Feed.Pagination.Cursor do
  @moduledoc """
  Keyset pagination for the activity feed.

  A cursor points at the last item of the previous page as `{inserted_at, id}`, so
  new activity arriving between requests does not shift pages.
  """

  import Ecto.Query

  @default_limit 30
  @max_limit 100

  @type t :: {DateTime.t(), pos_integer()}

  @doc """
  `scope` identifies the filtered view (e.g. `{:team, 42}`); a cursor issued for one
  scope is rejected by every other one.
  """
  def paginate(query, params, repo, scope \\ :all) do
    limit = params |> Map.get("limit", @default_limit) |> to_limit()

    query =
      case decode(params["after"], scope) do
        {:ok, {at, id}} ->
          where(query, [a], a.inserted_at < ^at or (a.inserted_at == ^at and a.id < ^id))

        :error ->
          query
      end

    items =
      query
      |> order_by([a], desc: a.inserted_at, desc: a.id)
      |> limit(^(limit + 1))
      |> repo.all()

    {page, rest} = Enum.split(items, limit)
    next = if rest != [], do: page |> List.last() |> cursor_for() |> encode(scope)

    %{entries: page, next_cursor: next}
  end

  def cursor_for(%{inserted_at: at, id: id}), do: {at, id}

  # Cursors now pin the scope they were issued for, so they are signed (clients
  # cannot forge or re-scope one) and carried in the external term format.
  def encode({%DateTime{} = at, id}, scope \\ :all) do
    {DateTime.to_unix(at, :microsecond), id, scope}
    |> :erlang.term_to_binary()
    |> Plug.Crypto.MessageVerifier.sign(signing_key())
  end

  def decode(token, scope \\ :all)

  def decode(nil, _scope), do: :error

  def decode(token, scope) when is_binary(token) do
    with {:ok, bin} <- Plug.Crypto.MessageVerifier.verify(token, signing_key()),
         {us, id, ^scope} when is_integer(us) and is_integer(id) <-
           Plug.Crypto.non_executable_binary_to_term(bin, [:safe]),
         {:ok, at} <- DateTime.from_unix(us, :microsecond) do
      {:ok, {at, id}}
    else
      _ -> :error
    end
  end

  defp signing_key do
    secret_key_base = Application.fetch_env!(:feed, FeedWeb.Endpoint)[:secret_key_base]
    Plug.Crypto.KeyGenerator.generate(secret_key_base, "feed pagination cursor", cache: Plug.Crypto.Keys)
  end

  defp to_limit(value) when is_integer(value), do: value |> max(1) |> min(@max_limit)

  defp to_limit(value) when is_binary(value) do
    case Integer.parse(value) do
      {n, ""} -> to_limit(n)
      _ -> @default_limit
    end
  end

  defp to_limit(_), do: @default_limit
end
