defmodule Tracker.Accounts.ApiToken do
  @moduledoc """
  Personal API tokens. The raw token is shown to the user once; only its SHA-256 digest is stored.
  """

  use Ecto.Schema
  import Ecto.Query

  alias Tracker.Accounts.User

  @rand_size 32
  @hash_algorithm :sha256
  @prefix "trk_"

  schema "api_tokens" do
    field :token_hash, :binary
    field :label, :string
    field :last_used_at, :utc_datetime
    belongs_to :user, User

    timestamps(updated_at: false)
  end

  @doc "Builds a new token. Returns `{raw_token, %ApiToken{}}`."
  def build(%User{id: user_id}, label) do
    raw = @prefix <> Base.url_encode64(:crypto.strong_rand_bytes(@rand_size), padding: false)
    {raw, %__MODULE__{token_hash: hash(raw), label: label, user_id: user_id}}
  end

  @doc "Query for the token matching `raw`, joined with its user."
  def verify_query(raw) when is_binary(raw) do
    digest = hash(raw)

    from t in __MODULE__,
      join: u in assoc(t, :user),
      where: t.token_hash == ^digest,
      select: {t, u}
  end

  defp hash(raw), do: :crypto.hash(@hash_algorithm, raw)
end
