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

  def paginate(query, params, repo) do
    limit = params |> Map.get("limit", @default_limit) |> to_limit()

    query =
      case decode(params["after"]) do
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
    next = if rest != [], do: page |> List.last() |> cursor_for() |> encode()

    %{entries: page, next_cursor: next}
  end

  def cursor_for(%{inserted_at: at, id: id}), do: {at, id}

  def encode({%DateTime{} = at, id}) do
    "#{DateTime.to_unix(at, :microsecond)}:#{id}"
    |> Base.url_encode64(padding: false)
  end

  def decode(nil), do: :error

  def decode(token) when is_binary(token) do
    with {:ok, raw} <- Base.url_decode64(token, padding: false),
         [us, id] <- String.split(raw, ":", parts: 2),
         {us, ""} <- Integer.parse(us),
         {id, ""} <- Integer.parse(id),
         {:ok, at} <- DateTime.from_unix(us, :microsecond) do
      {:ok, {at, id}}
    else
      _ -> :error
    end
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
