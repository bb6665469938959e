defmodule Clinicbook.Accounts.PasswordReset do
  @moduledoc "Issues and redeems password reset tokens sent by email."

  import Ecto.Query
  alias Clinicbook.Repo
  alias Clinicbook.Accounts.{User, ResetToken}

  @validity_minutes 30

  def issue(%User{} = user) do
    token = :crypto.strong_rand_bytes(32) |> Base.url_encode64(padding: false)

    %ResetToken{}
    |> ResetToken.changeset(%{user_id: user.id, token_hash: hash(token)})
    |> Repo.insert!()

    token
  end

  def redeem(token) when is_binary(token) do
    cutoff = DateTime.add(DateTime.utc_now(), -@validity_minutes * 60, :second)

    query =
      from t in ResetToken,
        where: t.token_hash == ^hash(token) and t.inserted_at > ^cutoff and is_nil(t.used_at),
        preload: [:user]

    case Repo.one(query) do
      nil -> {:error, :invalid_or_expired}
      reset -> {:ok, reset}
    end
  end

  defp hash(token), do: :crypto.hash(:sha256, token) |> Base.encode16(case: :lower)
end
