defmodule RelayWeb.Pagination do
  @moduledoc """
  Keyset pagination helpers for JSON list endpoints.

  A cursor is an opaque string the client echoes back to fetch the next page.
  """

  @spec encode_cursor(DateTime.t(), pos_integer()) :: String.t()
  def encode_cursor(%DateTime{} = inserted_at, id) when is_integer(id) do
    Jason.encode!(%{"t" => DateTime.to_iso8601(inserted_at), "id" => id})
    |> Base.url_encode64(padding: false)
  end

  @spec decode_cursor(String.t() | nil) :: {:ok, {DateTime.t(), pos_integer()} | nil} | :error
  def decode_cursor(nil), do: {:ok, nil}

  def decode_cursor(cursor) when is_binary(cursor) do
    with {:ok, json} <- Base.url_decode64(cursor, padding: false),
         {:ok, %{"t" => t, "id" => id}} when is_integer(id) <- Jason.decode(json),
         {:ok, inserted_at, 0} <- DateTime.from_iso8601(t) do
      {:ok, {inserted_at, id}}
    else
      _ -> :error
    end
  end
end
